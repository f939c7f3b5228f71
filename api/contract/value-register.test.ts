import { describe, expect, it } from 'vitest'
import { nextValueStage, valueProgress } from './value-register.ts'

const progress = (
  baseline_value: number | null,
  target_value: number | null,
  realised_value: number | null,
) => valueProgress({ baseline_value, target_value, realised_value })

describe('valueProgress', () => {
  it('measures a rising metric from its baseline towards its target', () => {
    // (84 − 78) / (90 − 78) = 6 / 12 = 0.5
    expect(progress(78, 90, 84)).toBe(0.5)
  })

  it('measures a falling metric the same way', () => {
    // A wait of 48 minutes aimed at 20, now 35: (35 − 48) / (20 − 48) = −13 / −28 = 0.464…
    expect(progress(48, 20, 35)).toBeCloseTo(13 / 28, 12)
  })

  it('is 0 at the baseline and 1 at the target', () => {
    // (78 − 78) / 12 = 0; (90 − 78) / 12 = 1
    expect(progress(78, 90, 78)).toBe(0)
    expect(progress(78, 90, 90)).toBe(1)
  })

  it('clamps a metric that went the wrong way to 0', () => {
    // (70 − 78) / (90 − 78) = −0.67 → 0
    expect(progress(78, 90, 70)).toBe(0)
    // (50 − 48) / (20 − 48) = −0.07 → 0: the wait grew
    expect(progress(48, 20, 50)).toBe(0)
  })

  it('clamps a metric that overshot its target to 1', () => {
    // (95 − 78) / (90 − 78) = 1.42 → 1
    expect(progress(78, 90, 95)).toBe(1)
    // (10 − 48) / (20 − 48) = 1.36 → 1
    expect(progress(48, 20, 10)).toBe(1)
  })

  it('is null when any of the three is missing', () => {
    expect(progress(null, 90, 84)).toBeNull()
    expect(progress(78, null, 84)).toBeNull()
    expect(progress(78, 90, null)).toBeNull()
  })

  it('is null when the target is the baseline: there is no distance to cover', () => {
    // (84 − 90) / (90 − 90) would divide by zero
    expect(progress(90, 90, 84)).toBeNull()
    expect(progress(0, 0, 0)).toBeNull()
  })

  it('works from a baseline of zero and with negative values', () => {
    // (3 − 0) / (12 − 0) = 0.25; (−5 − −10) / (10 − −10) = 5 / 20 = 0.25
    expect(progress(0, 12, 3)).toBe(0.25)
    expect(progress(-10, 10, -5)).toBe(0.25)
  })
})

describe('nextValueStage', () => {
  it('moves an item one stage forward at a time', () => {
    expect(nextValueStage('idea')).toBe('exploring')
    expect(nextValueStage('exploring')).toBe('approved')
    expect(nextValueStage('approved')).toBe('in_delivery')
    expect(nextValueStage('in_delivery')).toBe('realised')
  })

  it('has nowhere to go once realised', () => {
    expect(nextValueStage('realised')).toBeNull()
  })

  it('has nowhere to go once stopped: stopped is off the way forward', () => {
    expect(nextValueStage('stopped')).toBeNull()
  })
})
