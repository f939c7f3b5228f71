import { describe, expect, it } from 'vitest'
import { cadenceText, maturityGap, maturityText } from './account-labels.ts'
import { dueText } from './due-text.ts'

const now = new Date(2026, 10, 27, 15, 0)

describe('dueText', () => {
  it('counts calendar days either side of today', () => {
    expect(dueText('2026-11-25', now)).toEqual({ text: 'Overdue by 2 days', overdue: true })
    expect(dueText('2026-11-26', now).text).toBe('Overdue by 1 day')
    expect(dueText('2026-11-27', now).text).toBe('Due today')
    expect(dueText('2026-11-28', now).text).toBe('Due tomorrow')
    expect(dueText('2026-12-02', now).text).toBe('Due in 5 days')
  })

  it('gives the date when it is weeks away, and copes with none', () => {
    expect(dueText('2027-01-20', now, 'en-GB').text).toBe('Due 20 Jan 2027')
    expect(dueText(null, now).text).toBe('No due date')
  })
})

describe('account labels', () => {
  it('says maturity and its gap in words', () => {
    expect(maturityText(4)).toBe('4 · Trusted advisor')
    expect(maturityText(null)).toBe('Not rated')
    expect(maturityGap(4, 2)).toBe('We rate it 2 levels higher than they do')
    expect(maturityGap(2, 3)).toBe('They rate it 1 level higher than we do')
    expect(maturityGap(3, null)).toBeNull()
  })

  it('says the cadence target', () => {
    expect(cadenceText(14)).toBe('Every 14 days')
    expect(cadenceText(null)).toBe('No target')
  })
})
