import { describe, expect, it } from 'vitest'
import { describeSignInError } from './sign-in-error.ts'

describe('describeSignInError', () => {
  it('says the credentials are wrong for Supabase and GoTrue-style answers', () => {
    const wrong = 'Wrong email or password'
    expect(
      describeSignInError({ status: 400, code: 'invalid_credentials', message: 'x' }, true),
    ).toBe(wrong)
    expect(describeSignInError({ status: 400, message: 'Invalid login credentials' }, true)).toBe(
      wrong,
    )
  })

  it('asks the person to wait when rate limited', () => {
    expect(describeSignInError({ status: 429, message: 'Too many requests' }, true)).toBe(
      'Too many attempts — wait a minute',
    )
  })

  it('blames the connection first when the browser is offline', () => {
    const failure = { name: 'AuthRetryableFetchError', status: 0, message: 'Failed to fetch' }
    expect(describeSignInError(failure, false)).toBe("You're offline — sign in needs a connection")
    expect(describeSignInError(failure, true)).toBe(
      "Can't reach the sign-in service — check your connection",
    )
  })

  it('passes other messages through as text', () => {
    expect(describeSignInError({ status: 500, message: 'Database down' }, true)).toBe(
      "Sign-in didn't work: Database down",
    )
  })
})
