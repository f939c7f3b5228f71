import { describe, expect, it } from 'vitest'
import { teamFigures, type TeamAccount } from './team-figures.ts'

const asOf = new Date('2026-12-01T12:00:00Z')
const account = (
  id: string,
  ownerId: string | null,
  extra: Partial<TeamAccount> = {},
): TeamAccount => ({
  id,
  name: id.toUpperCase(),
  ownerId,
  band: 'steady',
  score: 60,
  trend: 0,
  overdueCount: 0,
  daysSinceContact: 10,
  cadenceDays: 30,
  strategicSeat: 0,
  ...extra,
})
const checkin = (id: string, author_id: string, daysAgo: number) => ({
  id,
  account_id: 'dor',
  author_id,
  occurred_at: new Date(asOf.getTime() - daysAgo * 86_400_000).toISOString(),
  deleted_at: null,
})

const accounts = [
  account('dor', 'jo', { band: 'at_risk', overdueCount: 2, trend: -18, daysSinceContact: 45 }),
  account('dmv', 'jo', { strategicSeat: 1, trend: -3 }),
  account('doe', 'jo', { daysSinceContact: null }),
  account('dot', 'casey', { band: 'strong', trend: 5, overdueCount: 1 }),
  account('sp', null, { band: 'at_risk', trend: -25 }),
]
const managers = [
  { userId: 'jo', name: 'Jordan' },
  { userId: 'casey', name: 'Casey' },
  { userId: 'priya', name: 'Priya' },
]

describe('teamFigures', () => {
  it('counts each manager’s primary relationships and what needs doing in them', () => {
    const checkins = [checkin('c1', 'jo', 3), checkin('c2', 'jo', 31), checkin('c3', 'casey', 1)]
    const { managers: figures } = teamFigures(accounts, checkins, managers, asOf)
    expect(figures.map((m) => m.userId)).toEqual(['jo', 'casey'])
    const [jo, casey] = figures
    expect(jo).toMatchObject({
      relationships: ['dor', 'dmv', 'doe'],
      atRisk: ['dor'],
      overdue: { ids: ['dor'], count: 2 },
      // 45 days against 30, and never contacted; DMV at 10 is within.
      cadenceBreaches: ['dor', 'doe'],
    })
    expect(jo?.checkinsLast30.map((c) => c.id)).toEqual(['c1'])
    expect(jo?.strategicSeatShare).toBeCloseTo(1 / 3, 12)
    expect(jo?.withoutStrategicSeat).toEqual(['dor', 'doe'])
    expect(casey).toMatchObject({ overdue: { ids: ['dot'], count: 1 }, strategicSeatShare: 0 })
  })

  it('spreads the org over the bands and lists the biggest drops, unassigned ones too', () => {
    const team = teamFigures(accounts, [], managers, asOf, 2)
    expect(team.bands).toEqual({
      at_risk: ['dor', 'sp'],
      steady: ['dmv', 'doe'],
      strong: ['dot'],
    })
    expect(team.drops.map((a) => [a.id, a.trend])).toEqual([
      ['sp', -25],
      ['dor', -18],
    ])
  })
})
