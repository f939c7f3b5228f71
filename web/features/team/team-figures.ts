import type { TrustBand, TrustCheckin } from '../../../api/contract/trust-index.ts'

const dayMs = 86_400_000

/** What the team's figures read of one relationship. */
export interface TeamAccount {
  id: string
  name: string
  ownerId: string | null
  band: TrustBand
  score: number
  trend: number
  overdueCount: number
  daysSinceContact: number | null
  cadenceDays: number
  /** 1 when it invited us to strategic planning in the last 180 days. */
  strategicSeat: number
}

export interface ManagerFigures {
  userId: string
  name: string
  /** Ids of the relationships they hold as primary, and of those each figure counts. */
  relationships: string[]
  atRisk: string[]
  /** Relationships with overdue commitments of ours, and how many in all. */
  overdue: { ids: string[]; count: number }
  /** Past their cadence target, or never contacted. */
  cadenceBreaches: string[]
  /** The share of their relationships that invited us to strategic planning in 180 days. */
  strategicSeatShare: number | null
  /** Those of theirs without that seat: the rows behind the share. */
  withoutStrategicSeat: string[]
  /** Check-ins they wrote in the last 30 days (on any relationship). */
  checkinsLast30: { id: string; account_id: string; occurred_at: string }[]
}

export interface TeamFigures {
  managers: ManagerFigures[]
  bands: Record<TrustBand, string[]>
  /** The largest falls of the trust index over 30 days, largest first. */
  drops: TeamAccount[]
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const key = keyOf(row)
    if (key === null) continue
    const group = groups.get(key)
    if (group) group.push(row)
    else groups.set(key, [row])
  }
  return groups
}

const breached = (a: TeamAccount) =>
  a.daysSinceContact === null || a.daysSinceContact > a.cadenceDays

/**
 * The lead's view of PRODUCT.md, per manager (their primary relationships) and for the org:
 * relationships at risk, overdue commitments, cadence breaches, strategic-seat coverage,
 * check-ins of the last 30 days; the band distribution and the biggest trust drops. Every
 * figure keeps the ids behind it, so a screen can show those rows.
 */
export function teamFigures(
  accounts: readonly TeamAccount[],
  checkins: readonly (Pick<
    TrustCheckin,
    'account_id' | 'author_id' | 'occurred_at' | 'deleted_at'
  > & {
    id: string
  })[],
  managers: readonly { userId: string; name: string }[],
  asOf: Date,
  dropsShown = 5,
): TeamFigures {
  const since = asOf.getTime() - 30 * dayMs
  const ids = (list: TeamAccount[]) => list.map((a) => a.id)
  // Grouped once, not filtered once per manager: the check-ins of the last 30 days by author,
  // the relationships by owner.
  const recentBy = groupBy(
    checkins.filter((c) => {
      const at = Date.parse(c.occurred_at)
      return !c.deleted_at && at > since && at <= asOf.getTime()
    }),
    (c) => c.author_id,
  )
  const heldBy = groupBy(accounts, (a) => a.ownerId)
  const figures = managers
    .map((manager): ManagerFigures => {
      const held = heldBy.get(manager.userId) ?? []
      const overdue = held.filter((a) => a.overdueCount > 0)
      const recent = recentBy.get(manager.userId) ?? []
      return {
        ...manager,
        relationships: ids(held),
        atRisk: ids(held.filter((a) => a.band === 'at_risk')),
        overdue: { ids: ids(overdue), count: overdue.reduce((n, a) => n + a.overdueCount, 0) },
        cadenceBreaches: ids(held.filter(breached)),
        strategicSeatShare: held.length
          ? held.filter((a) => a.strategicSeat === 1).length / held.length
          : null,
        withoutStrategicSeat: ids(held.filter((a) => a.strategicSeat !== 1)),
        checkinsLast30: recent
          .map(({ id, account_id, occurred_at }) => ({ id, account_id, occurred_at }))
          .sort((a, b) => b.occurred_at.localeCompare(a.occurred_at)),
      }
    })
    .filter((m) => m.relationships.length > 0 || m.checkinsLast30.length > 0)
    .sort((a, b) => b.atRisk.length - a.atRisk.length || a.name.localeCompare(b.name))
  return {
    managers: figures,
    bands: {
      at_risk: ids(accounts.filter((a) => a.band === 'at_risk')),
      steady: ids(accounts.filter((a) => a.band === 'steady')),
      strong: ids(accounts.filter((a) => a.band === 'strong')),
    },
    drops: accounts
      .filter((a) => a.trend < 0)
      .sort((a, b) => a.trend - b.trend || a.name.localeCompare(b.name))
      .slice(0, dropsShown),
  }
}
