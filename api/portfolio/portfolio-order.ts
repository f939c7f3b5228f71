import type { TrustBand } from '../contract/trust-index.ts'

/** What the portfolio is ordered by: the most in need of attention first. */
export interface AttentionKey {
  id: string
  name: string
  band: TrustBand
  overdueCount: number
  daysSinceContact: number | null
  cadenceDays: number
}

const bandRank: Record<TrustBand, number> = { at_risk: 0, steady: 1, strong: 2 }

/** Days beyond the contact target; never contacted counts as furthest past it. */
export const daysPastCadence = (key: AttentionKey) =>
  key.daysSinceContact === null ? Infinity : key.daysSinceContact - key.cadenceDays

/**
 * Orders relationships by need of attention: band (at_risk, steady, strong), then overdue
 * commitments (most first), then days past cadence (most first), then name, then id so the
 * order never depends on how the rows arrived.
 *
 * @example
 * keys.sort(byNeedOfAttention)
 */
export function byNeedOfAttention(a: AttentionKey, b: AttentionKey): number {
  const past = daysPastCadence(b) - daysPastCadence(a)
  return (
    bandRank[a.band] - bandRank[b.band] ||
    b.overdueCount - a.overdueCount ||
    // Infinity - Infinity is NaN: two never-contacted relationships tie here.
    (Number.isNaN(past) ? 0 : past) ||
    a.name.localeCompare(b.name, 'en') ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}
