import { describe, expect, it } from 'vitest'
import { managerLoads, type LoadAccount, type LoadAssignment } from './assignment-load.ts'

const accounts: LoadAccount[] = [
  { id: 'parks', status: 'active' },
  { id: 'revenue', status: 'active' },
  { id: 'lands', status: 'active' },
  { id: 'old', status: 'archived' },
  { id: 'gone', status: 'active', deleted_at: '2026-11-01T00:00:00Z' },
]
const held = (account_id: string, user_id: string, role: LoadAssignment['role']) => ({
  account_id,
  user_id,
  role,
})

describe('managerLoads', () => {
  it('counts each person’s primaries and secondaries on relationships in the trust math', () => {
    const loads = managerLoads(
      [
        held('parks', 'ana', 'primary'),
        held('revenue', 'ana', 'primary'),
        held('lands', 'ana', 'secondary'),
        held('lands', 'ben', 'primary'),
        // Archived and deleted relationships are not a load.
        held('old', 'ana', 'primary'),
        held('gone', 'ben', 'secondary'),
        // Nor is a removed assignment.
        { ...held('parks', 'ben', 'secondary'), deleted_at: '2026-11-02T00:00:00Z' },
      ],
      accounts,
    )
    expect([...loads.values()]).toEqual([
      { userId: 'ana', primary: 2, secondary: 1 },
      { userId: 'ben', primary: 1, secondary: 0 },
    ])
  })

  it('leaves out people who hold nothing counted', () => {
    expect(managerLoads([held('old', 'cy', 'primary')], accounts).has('cy')).toBe(false)
  })
})
