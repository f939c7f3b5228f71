import { describe, expect, it } from 'vitest'
import { backoffCapMs, backoffDelay } from './backoff.ts'

describe('backoffDelay', () => {
  it('doubles its ceiling from 1 s and stops at 5 min', () => {
    const ceilings = [1, 2, 3, 4, 9, 10, 40].map((failures) => backoffDelay(failures, () => 1))
    expect(ceilings).toEqual([1_000, 2_000, 4_000, 8_000, 256_000, backoffCapMs, backoffCapMs])
  })

  it('is jittered over the whole range', () => {
    expect(backoffDelay(5, () => 0)).toBe(0)
    expect(backoffDelay(5, () => 0.25)).toBe(4_000)
    const samples = new Set(Array.from({ length: 50 }, () => backoffDelay(12)))
    expect(samples.size).toBeGreaterThan(40)
    for (const sample of samples) expect(sample).toBeLessThan(backoffCapMs)
  })
})
