/**
 * Trust over time (PRODUCT.md, "The BRM half"): the trust index at weekly points over the last
 * 26 weeks, by the same function over the same rows.
 */
import {
  trustIndex,
  type TrustAccount,
  type TrustActionItem,
  type TrustBand,
  type TrustCheckin,
  type TrustContact,
  type TrustOptions,
} from './trust-index.ts'

export const trustHistoryWeeks = 26
const weekMs = 7 * 86_400_000

export interface TrustPoint {
  asOf: string
  score: number
  band: TrustBand
  reasons: string[]
}

/**
 * The trust index of one relationship at `asOf` and at each of the `weeks − 1` weeks before it,
 * oldest first.
 *
 * @example
 * const points = trustHistory(account, checkins, items, contacts, new Date(), { viewerId })
 * points.at(-1)?.score // today's score
 */
export function trustHistory(
  account: TrustAccount,
  checkins: readonly TrustCheckin[],
  items: readonly TrustActionItem[],
  contacts: readonly TrustContact[],
  asOf: Date,
  options: TrustOptions,
  weeks = trustHistoryWeeks,
): TrustPoint[] {
  return Array.from({ length: weeks }, (_, index) => {
    const at = new Date(asOf.getTime() - (weeks - 1 - index) * weekMs)
    const { score, band, reasons } = trustIndex(account, checkins, items, contacts, at, options)
    return { asOf: at.toISOString(), score, band, reasons }
  })
}
