import {
  valueProgress,
  valueStages,
  type ValueNumbers,
  type ValueStage,
} from '../../../api/contract/value-register.ts'

export type RollupItem = ValueNumbers & {
  account_id: string
  vendor_account_id: string | null
  stage: ValueStage
}

/** Which items the register shows: one relationship, one vendor, one stage, or all (null). */
export interface ValueFilter {
  accountId: string | null
  vendorId: string | null
  stage: ValueStage | null
}

export const noValueFilter: ValueFilter = { accountId: null, vendorId: null, stage: null }

export interface ValueRollup {
  /** Items per stage, under the relationship and vendor filters (not the stage filter). */
  stageCounts: Record<ValueStage, number>
  total: number
  /** Items with a baseline, a target and a realised value (so with a progress). */
  measured: number
  /** Measured items that reached their target. */
  onTarget: number
  /** The mean progress of the measured items, 0..1; null when none is measured. */
  meanProgress: number | null
}

const matches = (item: RollupItem, filter: ValueFilter) =>
  (!filter.accountId || item.account_id === filter.accountId) &&
  (!filter.vendorId || item.vendor_account_id === filter.vendorId)

/**
 * The items a filter shows, in the order given.
 */
export function filterValueItems<T extends RollupItem>(
  items: readonly T[],
  filter: ValueFilter,
): T[] {
  return items.filter(
    (item) => matches(item, filter) && (!filter.stage || item.stage === filter.stage),
  )
}

/**
 * The register's roll-up: how many items sit at each stage, and how far the measured ones have
 * come (progress as PRODUCT.md defines it), for one relationship, one vendor or the org.
 *
 * @example
 * valueRollup(items, noValueFilter).stageCounts.realised // 4
 */
export function valueRollup(items: readonly RollupItem[], filter: ValueFilter): ValueRollup {
  const stageCounts = Object.fromEntries(valueStages.map((stage) => [stage, 0])) as Record<
    ValueStage,
    number
  >
  let total = 0
  let measured = 0
  let onTarget = 0
  let progressSum = 0
  for (const item of items) {
    if (!matches(item, filter)) continue
    stageCounts[item.stage] += 1
    total += 1
    if (filter.stage && item.stage !== filter.stage) continue
    const progress = valueProgress(item)
    if (progress === null) continue
    measured += 1
    progressSum += progress
    if (progress >= 1) onTarget += 1
  }
  return {
    stageCounts,
    total,
    measured,
    onTarget,
    meanProgress: measured ? progressSum / measured : null,
  }
}
