import { describe, expect, it } from 'vitest'
import { contactText, percent, trendArrow, trendText } from './trust-text.ts'

describe('trust text', () => {
  it('says the trend in words with its arrow', () => {
    expect([trendArrow(6), trendText(6)]).toEqual(['↑', 'up 6 since last month'])
    expect([trendArrow(-3), trendText(-3)]).toEqual(['↓', 'down 3 since last month'])
    expect([trendArrow(0), trendText(0)]).toEqual(['→', 'no change since last month'])
  })

  it('says days since contact against the target', () => {
    expect(contactText(12, 30)).toBe('12 days since contact · target 30')
    expect(contactText(1, 14)).toBe('1 day since contact · target 14')
    expect(contactText(0, 14)).toBe('Contact today · target 14')
    expect(contactText(null, 90)).toBe('No contact yet · target 90')
  })

  it('rounds components to whole percentages', () => {
    expect([percent(0), percent(0.625), percent(1)]).toEqual(['0%', '63%', '100%'])
  })
})
