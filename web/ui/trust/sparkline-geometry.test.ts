import { describe, expect, it } from 'vitest'
import { sparklineLabel, sparklinePoints } from './sparkline-geometry.ts'

describe('sparkline', () => {
  it('spreads readings across the box with 5 at the top and 1 at the bottom', () => {
    expect(sparklinePoints([1, 5], 100, 20, 2)).toBe('2,18 98,2')
    expect(sparklinePoints([3, 4, 2], 104, 20, 2)).toBe('2,10 52,6 102,14')
  })

  it('centres a lone reading and draws nothing for none', () => {
    expect(sparklinePoints([4], 100, 20, 2)).toBe('50,6')
    expect(sparklinePoints([], 100, 20, 2)).toBe('')
  })

  it('describes the readings in words', () => {
    expect(sparklineLabel([3, 4, 2])).toBe(
      'Trust pulse over the last 3 readings, oldest first: 3, 4, 2 (of 5)',
    )
    expect(sparklineLabel([4])).toBe('One trust pulse reading: 4 of 5')
    expect(sparklineLabel([])).toBe('No trust pulse readings yet')
  })
})
