import { describe, expect, it } from 'vitest'
import { namesByUser } from './member-names.ts'

const row = (user_id: string, display_name: string, deleted_at: string | null) => ({
  user_id,
  display_name,
  email: null,
  deleted_at,
})

describe('namesByUser', () => {
  it('names a person invited again by their live row, whatever the order of the rows', () => {
    const left = row('u1', 'Sam (2025)', '2026-01-01T00:00:00.000Z')
    const back = row('u1', 'Sam Lee', null)
    expect(namesByUser([back, left]).get('u1')).toBe('Sam Lee')
    expect(namesByUser([left, back]).get('u1')).toBe('Sam Lee')
  })

  it('keeps the name of someone who left and did not come back', () => {
    expect(namesByUser([row('u2', 'Alex', '2026-01-01T00:00:00.000Z')]).get('u2')).toBe('Alex')
  })
})
