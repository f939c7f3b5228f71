import { describe, expect, it } from 'vitest'
import { scorecardGrade, type ScorecardRatings } from './scorecard-grade.ts'

const unrated: ScorecardRatings = {
  outcomes: null,
  responsiveness: null,
  collaboration: null,
  innovation: null,
  delivery: null,
}
const card = (ratings: Partial<ScorecardRatings>) => scorecardGrade({ ...unrated, ...ratings })
// outcomes, then responsiveness, collaboration, innovation, delivery
const rated = (...r: (number | null)[]) =>
  card({
    outcomes: r[0] ?? null,
    responsiveness: r[1] ?? null,
    collaboration: r[2] ?? null,
    innovation: r[3] ?? null,
    delivery: r[4] ?? null,
  })

describe('scorecardGrade', () => {
  it('gives an A at a mean of exactly 4.5', () => {
    // (2 × 4 + 5 + 5 + 5 + 4) / 6 = 27 / 6 = 4.5
    expect(rated(4, 5, 5, 5, 4)).toEqual({ grade: 'A', mean: 4.5, rated: 5 })
  })

  it('gives a B just under 4.5', () => {
    // The nearest mean below 4.5 any scorecard can have: (2 × 5 + 4 + 4 + 4) / 5 = 22 / 5 = 4.4
    expect(rated(5, 4, 4, 4, null)).toEqual({ grade: 'B', mean: 4.4, rated: 4 })
  })

  it('gives a B at a mean of exactly 3.75', () => {
    // (2 × 4 + 4 + 3) / 4 = 15 / 4 = 3.75
    expect(rated(4, 4, 3, null, null)).toEqual({ grade: 'B', mean: 3.75, rated: 3 })
  })

  it('gives a C just under 3.75', () => {
    // (2 × 4 + 4 + 4 + 3 + 3) / 6 = 22 / 6 = 3.67, the nearest below 3.75 (as is 11 / 3)
    const result = rated(4, 4, 4, 3, 3)
    expect(result?.grade).toBe('C')
    expect(result?.mean).toBeCloseTo(22 / 6, 12)
  })

  it('gives a C at a mean of exactly 3.0', () => {
    // (2 × 3 + 3 + 3 + 3 + 3) / 6 = 18 / 6 = 3
    expect(rated(3, 3, 3, 3, 3)).toEqual({ grade: 'C', mean: 3, rated: 5 })
  })

  it('gives a D just under 3.0', () => {
    // (2 × 3 + 3 + 3 + 3 + 2) / 6 = 17 / 6 = 2.83, the nearest below 3
    const result = rated(3, 3, 3, 3, 2)
    expect(result?.grade).toBe('D')
    expect(result?.mean).toBeCloseTo(17 / 6, 12)
  })

  it('gives a D at a mean of exactly 2.25', () => {
    // (3 + 2 + 2 + 2) / 4 = 9 / 4 = 2.25
    expect(rated(null, 3, 2, 2, 2)).toEqual({ grade: 'D', mean: 2.25, rated: 4 })
  })

  it('gives an F just under 2.25', () => {
    // (2 × 2 + 3 + 2 + 2) / 5 = 11 / 5 = 2.2, the nearest below 2.25
    expect(rated(2, 3, 2, 2, null)).toEqual({ grade: 'F', mean: 2.2, rated: 4 })
  })

  it('gives an F to the lowest scorecard', () => {
    // (2 × 1 + 1 + 1 + 1 + 1) / 6 = 1
    expect(rated(1, 1, 1, 1, 1)).toEqual({ grade: 'F', mean: 1, rated: 5 })
  })

  it('grades on outcomes alone when only outcomes is rated', () => {
    // (2 × 3) / 2 = 3
    expect(card({ outcomes: 3 })).toEqual({ grade: 'C', mean: 3, rated: 1 })
  })

  it('leaves an unrated outcomes out rather than counting it as zero', () => {
    // (5 + 5 + 4 + 4) / 4 = 4.5 → A; counted as 0 with its weight it would be 18 / 6 = 3 → C
    expect(rated(null, 5, 5, 4, 4)).toEqual({ grade: 'A', mean: 4.5, rated: 4 })
  })

  it('renormalises the weights over whichever criteria are rated', () => {
    // (4 + 2) / 2 = 3 → C; the three unrated criteria count for nothing
    expect(card({ responsiveness: 4, delivery: 2 })).toEqual({ grade: 'C', mean: 3, rated: 2 })
  })

  it('gives no grade when nothing is rated', () => {
    expect(card({})).toBeNull()
  })

  it('weighs outcomes double', () => {
    // (2 × 5 + 2 + 2 + 2 + 2) / 6 = 18 / 6 = 3 → C; weighed equally it would be 13 / 5 = 2.6 → D
    expect(rated(5, 2, 2, 2, 2)).toEqual({ grade: 'C', mean: 3, rated: 5 })
    // (2 × 1 + 5 + 5 + 5 + 5) / 6 = 22 / 6 = 3.67 → C; weighed equally 21 / 5 = 4.2 → B
    expect(rated(1, 5, 5, 5, 5)?.grade).toBe('C')
  })
})
