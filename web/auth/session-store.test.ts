import { describe, expect, it } from 'vitest'
import { mustSetPasswordKey } from '../../api/contract/password-rules.ts'
import { parseStoredSession } from './session-store.ts'

const stored = {
  access_token: 'a.b.c',
  refresh_token: 'r1',
  expires_at: 1_900_000_000,
  user: { id: 'u1', email: 'manager@demo.test' },
}

describe('parseStoredSession', () => {
  it('reads the tokens and user that supabase-js persists', () => {
    expect(parseStoredSession(JSON.stringify(stored))).toEqual({
      accessToken: 'a.b.c',
      expiresAt: 1_900_000_000,
      user: { id: 'u1', email: 'manager@demo.test' },
      mustSetPassword: false,
    })
  })

  it('says when an invited person must still choose their password', () => {
    const invited = {
      ...stored,
      user: { ...stored.user, user_metadata: { [mustSetPasswordKey]: true } },
    }
    expect(parseStoredSession(JSON.stringify(invited))?.mustSetPassword).toBe(true)
  })

  it('keeps an expired session: being offline must not sign anyone out', () => {
    const expired = { ...stored, expires_at: 1 }
    expect(parseStoredSession(JSON.stringify(expired))?.user.id).toBe('u1')
  })

  it('treats a missing, corrupt or token-less value as signed out', () => {
    expect(parseStoredSession(null)).toBeNull()
    expect(parseStoredSession('{not json')).toBeNull()
    expect(parseStoredSession(JSON.stringify({ ...stored, refresh_token: undefined }))).toBeNull()
    expect(parseStoredSession(JSON.stringify({ ...stored, user: null }))).toBeNull()
  })
})
