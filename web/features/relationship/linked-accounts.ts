import type { LocalRow } from '../../local/local-db.ts'

type ValueItem = Pick<LocalRow<'value_items'>, 'account_id' | 'vendor_account_id' | 'deleted_at'>
type Scorecard = Pick<
  LocalRow<'scorecards'>,
  'vendor_account_id' | 'agency_account_id' | 'period' | 'grade' | 'deleted_at'
>

/** A relationship linked to another, with its latest scorecard grade between the two. */
export interface LinkedAccount {
  id: string
  /** The latest graded scorecard between the two, e.g. { grade: 'B', period: '2026-Q3' }. */
  latest: { grade: string; period: string } | null
}

function collect(pairs: [string | null, Scorecard | null][], self: string): LinkedAccount[] {
  const found = new Map<string, LinkedAccount>()
  for (const [id, card] of pairs) {
    if (!id || id === self) continue
    const entry = found.get(id) ?? { id, latest: null }
    if (card?.grade && (!entry.latest || entry.latest.period < card.period)) {
      entry.latest = { grade: card.grade, period: card.period }
    }
    found.set(id, entry)
  }
  return [...found.values()]
}

/**
 * Who a relationship works with: the vendors in an agency's value items and scorecards, and the
 * agencies a vendor serves (its value items and scorecards seen from the other side). Deleted
 * rows do not count; each account is listed once.
 *
 * @example
 * const { vendors, agencies } = linkedAccounts(agencyId, valueItems, scorecards)
 */
export function linkedAccounts(
  accountId: string,
  valueItems: readonly ValueItem[],
  scorecards: readonly Scorecard[],
): { vendors: LinkedAccount[]; agencies: LinkedAccount[] } {
  const items = valueItems.filter((v) => !v.deleted_at)
  const cards = scorecards.filter((s) => !s.deleted_at)
  const vendors = collect(
    [
      ...items
        .filter((v) => v.account_id === accountId)
        .map((v): [string | null, null] => [v.vendor_account_id, null]),
      ...cards
        .filter((s) => s.agency_account_id === accountId)
        .map((s): [string, Scorecard] => [s.vendor_account_id, s]),
    ],
    accountId,
  )
  const agencies = collect(
    [
      ...items
        .filter((v) => v.vendor_account_id === accountId)
        .map((v): [string, null] => [v.account_id, null]),
      ...cards
        .filter((s) => s.vendor_account_id === accountId)
        .map((s): [string | null, Scorecard] => [s.agency_account_id, s]),
    ],
    accountId,
  )
  return { vendors, agencies }
}
