import { describe, expect, it } from 'vitest'
import { trustHistory } from './trust-history.ts'
import { trustIndex, type TrustCheckin } from './trust-index.ts'

const account = { id: 'a1', cadence_days: 30 }
const asOf = new Date('2026-12-01T12:00:00Z')
const checkin = (occurred_at: string, trust_pulse: number): TrustCheckin => ({
  account_id: 'a1',
  author_id: 'u1',
  occurred_at,
  trust_pulse,
  attendee_contact_ids: [],
  strategic_invite: false,
  visibility: 'org',
  deleted_at: null,
})
const checkins = [checkin('2026-06-10T10:00:00Z', 5), checkin('2026-11-20T10:00:00Z', 2)]

describe('trustHistory', () => {
  it('gives 26 weekly points ending today, each the trust index as of its own day', () => {
    const points = trustHistory(account, checkins, [], [], asOf, { viewerId: 'u1' })
    expect(points).toHaveLength(26)
    expect(points.at(-1)?.asOf).toBe(asOf.toISOString())
    // 25 weeks before 1 Dec 2026 12:00 UTC is 9 Jun 2026 12:00 UTC.
    expect(points[0]?.asOf).toBe('2026-06-09T12:00:00.000Z')
    for (const point of [points[0], points[13], points[25]]) {
      const at = new Date(point?.asOf ?? '')
      expect(point?.score).toBe(trustIndex(account, checkins, [], [], at, { viewerId: 'u1' }).score)
    }
  })

  it('counts a check-in only from the week it happened', () => {
    const points = trustHistory(account, checkins, [], [], asOf, { viewerId: 'u1' })
    // 9 June: no check-in yet, so cadence 0 and pulse 0.5 → 0.3 × 0.5 + 0.25 × 0.5 = 27.5 → 28.
    expect(points[0]?.score).toBe(28)
    expect(points[1]?.score).toBeGreaterThan(points[0]?.score ?? 0)
  })
})
