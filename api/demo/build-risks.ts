import { demoUuid } from './ids.ts'
import type { BuildContext } from './context.ts'
import type { RiskSpec } from './specs.ts'
import type { RiskRow, ValueItemRow } from './types.ts'

/**
 * The risk register rows (ids keyed by position), each on its relationship, with its vendor
 * (an account of kind vendor, as the database's trigger requires) and the value item it
 * threatens found by title among that relationship's items. Raised and last changed in a US
 * working day, on days before the anchor's; reviews fall on days relative to the anchor's.
 */
export function buildRisks(
  context: BuildContext,
  specs: RiskSpec[],
  valueItems: ValueItemRow[],
  idPrefix: string,
): RiskRow[] {
  const { clock } = context
  return specs.map((spec, index): RiskRow => {
    const account = context.account(spec.account).row
    const vendor = spec.vendor ? context.account(spec.vendor).row : null
    if (vendor && vendor.kind !== 'vendor') throw new Error(`${spec.title}: not a vendor`)
    const item = spec.value
      ? valueItems.find((v) => v.account_id === account.id && v.title === spec.value)
      : null
    if (item === undefined) throw new Error(`${spec.title}: ${spec.account} has no such value item`)
    if (spec.changed < 1 || spec.changed > spec.raised) {
      throw new Error(`${spec.title}: changed after it was raised and before the anchor's day`)
    }
    const [likelihood, impact] = spec.rating
    // A fixed minute per row, from 14:00 UTC, so the register reads like a working day.
    const minute = 14 * 60 + ((index * 47) % 360)
    return {
      id: demoUuid(`${idPrefix}:${index}`),
      org_id: account.org_id,
      account_id: account.id,
      vendor_account_id: vendor?.id ?? null,
      value_item_id: item?.id ?? null,
      kind: spec.kind,
      title: spec.title,
      description: spec.description,
      likelihood,
      impact,
      owner_user_id: spec.owner ? context.userId(spec.owner) : null,
      mitigation: spec.mitigation,
      status: spec.status,
      review_on: clock.date(spec.review),
      created_at: clock.at(spec.raised, minute),
      updated_at: clock.at(spec.changed, minute + 20),
    }
  })
}
