/**
 * The portfolio's attention order, written once: the server sorts `/api/portfolio` with it and
 * the device sorts its portfolio screen with it, so the same relationships come in the same
 * order on both. Zod-free.
 */
import type { TrustBand } from './trust-index.ts'

/** What the portfolio is ordered by, for one relationship. */
export interface AttentionKey {
  id: string
  name: string
  band: TrustBand
  overdueCount: number
  daysSinceContact: number | null
  cadenceDays: number
}

const bandRank: Record<TrustBand, number> = { at_risk: 0, steady: 1, strong: 2 }
// One collator with a named locale: the same order on every machine, and String#localeCompare
// would build a collator per call, slow for 500 rows.
const byName = new Intl.Collator('en').compare

/**
 * Days beyond the cadence target; never contacted counts as the furthest past it.
 *
 * @example
 * daysPastCadence({ daysSinceContact: 45, cadenceDays: 30 }) // 15
 */
export function daysPastCadence(key: Pick<AttentionKey, 'daysSinceContact' | 'cadenceDays'>) {
  return key.daysSinceContact === null
    ? Number.POSITIVE_INFINITY
    : key.daysSinceContact - key.cadenceDays
}

function descending(a: number, b: number): number {
  return a === b ? 0 : a > b ? -1 : 1
}

/**
 * Compares two relationships by need of attention: band (at_risk, steady, strong), then overdue
 * commitments (most first), then days past cadence (most first), then name, then id so the
 * order never depends on how the rows arrived.
 */
export function byNeedOfAttention(a: AttentionKey, b: AttentionKey): number {
  return (
    bandRank[a.band] - bandRank[b.band] ||
    descending(a.overdueCount, b.overdueCount) ||
    descending(daysPastCadence(a), daysPastCadence(b)) ||
    byName(a.name, b.name) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}

/**
 * A copy of `keys`, most in need of attention first; the input stays as it was.
 *
 * @example
 * orderByNeedOfAttention(rows)[0].band // 'at_risk' when any is
 */
export function orderByNeedOfAttention<T extends AttentionKey>(keys: readonly T[]): T[] {
  return [...keys].sort(byNeedOfAttention)
}
