import type { Fields } from '../../../api/contract/tables.ts'
import type { TrustBand } from '../../../api/contract/trust-index.ts'

export type AccountKind = Fields<'accounts'>['kind']
export type PortfolioScope = 'mine' | 'all'
/** What the portfolio lists: a scope of the relationships in the trust math, or the archived. */
export type PortfolioView = PortfolioScope | 'archived'

/** What the portfolio's order and filters look at, for one relationship. */
export interface PortfolioEntry {
  name: string
  kind: AccountKind
  mine: boolean
  band: TrustBand
  overdueCount: number
  daysSinceContact: number | null
  cadenceDays: number
}

const bandRank: Record<TrustBand, number> = { at_risk: 0, steady: 1, strong: 2 }
// One collator for every comparison: String#localeCompare builds one per call, slow for 500 rows.
const byName = new Intl.Collator().compare

/**
 * Days beyond the cadence target; never contacted counts as the furthest past it.
 *
 * @example
 * daysPastCadence({ daysSinceContact: 45, cadenceDays: 30 }) // 15
 */
export function daysPastCadence(
  entry: Pick<PortfolioEntry, 'daysSinceContact' | 'cadenceDays'>,
): number {
  return entry.daysSinceContact === null
    ? Number.POSITIVE_INFINITY
    : entry.daysSinceContact - entry.cadenceDays
}

function descending(a: number, b: number): number {
  return a === b ? 0 : a > b ? -1 : 1
}

/**
 * Most in need of attention first: by band (at risk, steady, strong), then more overdue
 * commitments, then further past the cadence target, then by name.
 *
 * @example
 * const ordered = orderPortfolio(entries)
 */
export function orderPortfolio<T extends PortfolioEntry>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) =>
      bandRank[a.band] - bandRank[b.band] ||
      descending(a.overdueCount, b.overdueCount) ||
      descending(daysPastCadence(a), daysPastCadence(b)) ||
      byName(a.name, b.name),
  )
}

/**
 * The entries a scope (mine or all) and kind filter (null: every kind) keep, order unchanged.
 *
 * @example
 * filterPortfolio(entries, 'mine', 'vendor')
 */
export function filterPortfolio<T extends PortfolioEntry>(
  entries: readonly T[],
  scope: PortfolioScope,
  kind: AccountKind | null,
): T[] {
  return entries.filter((e) => (scope === 'all' || e.mine) && (kind === null || e.kind === kind))
}
