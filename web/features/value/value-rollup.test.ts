import { describe, expect, it } from 'vitest'
import type { ValueStage } from '../../../api/contract/value-register.ts'
import { filterValueItems, noValueFilter, valueRollup, type RollupItem } from './value-rollup.ts'

const item = (
  account_id: string,
  stage: ValueStage,
  numbers: [number | null, number | null, number | null] = [null, null, null],
  vendor_account_id: string | null = null,
): RollupItem => ({
  account_id,
  vendor_account_id,
  stage,
  baseline_value: numbers[0],
  target_value: numbers[1],
  realised_value: numbers[2],
})

const items = [
  item('dor', 'in_delivery', [78, 90, 84], 'quill'), // (84 − 78) / 12 = 0.5
  item('dmv', 'realised', [22, 50, 57], 'quill'), // 35 / 28 > 1 → 1
  item('dmv', 'in_delivery', [48, 20, 35]), // (35 − 48) / (20 − 48) = 13 / 28
  item('dor', 'idea'),
  item('dot', 'stopped', [410, 250, null]),
]

describe('valueRollup', () => {
  it('counts every stage and the progress of the measured items across the org', () => {
    const rollup = valueRollup(items, noValueFilter)
    expect(rollup.stageCounts).toEqual({
      idea: 1,
      exploring: 0,
      approved: 0,
      in_delivery: 2,
      realised: 1,
      stopped: 1,
    })
    expect(rollup).toMatchObject({ total: 5, measured: 3, onTarget: 1 })
    expect(rollup.meanProgress).toBeCloseTo((0.5 + 1 + 13 / 28) / 3, 12)
  })

  it('narrows to one relationship or one vendor', () => {
    const dmv = valueRollup(items, { ...noValueFilter, accountId: 'dmv' })
    expect(dmv).toMatchObject({ total: 2, measured: 2, onTarget: 1 })
    const quill = valueRollup(items, { ...noValueFilter, vendorId: 'quill' })
    expect(quill.total).toBe(2)
    expect(quill.meanProgress).toBe(0.75)
  })

  it('keeps the stage counts whole under a stage filter, and measures only that stage', () => {
    const delivering = valueRollup(items, { ...noValueFilter, stage: 'in_delivery' })
    expect(delivering.stageCounts.realised).toBe(1)
    expect(delivering).toMatchObject({ total: 5, measured: 2, onTarget: 0 })
  })

  it('has no mean progress when nothing is measured', () => {
    expect(valueRollup([item('dor', 'idea')], noValueFilter).meanProgress).toBeNull()
  })
})

describe('filterValueItems', () => {
  it('applies every filter together', () => {
    const shown = filterValueItems(items, { accountId: 'dmv', vendorId: null, stage: 'realised' })
    expect(shown).toEqual([items[1]])
  })
})
