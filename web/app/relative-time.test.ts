import { describe, expect, it } from 'vitest'
import { daysSince, formatDate, relativeTime } from './relative-time.ts'

const now = new Date(2026, 10, 27, 12, 0, 0)
const ago = (ms: number) => new Date(now.getTime() - ms)

describe('relativeTime', () => {
  it('says now for the last few seconds', () => {
    expect(relativeTime(ago(10_000), now, { locale: 'en' })).toBe('now')
  })

  it('counts minutes, then hours', () => {
    expect(relativeTime(ago(2 * 60_000), now, { locale: 'en' })).toBe('2 minutes ago')
    expect(relativeTime(ago(3 * 3_600_000), now, { locale: 'en' })).toBe('3 hours ago')
  })

  it('says yesterday and counts days for a week', () => {
    expect(relativeTime(new Date(2026, 10, 26, 9), now, { locale: 'en' })).toBe('yesterday')
    expect(relativeTime(new Date(2026, 10, 24, 9), now, { locale: 'en' })).toBe('3 days ago')
  })

  it('gives the date once it is older than a week, and the year only when it differs', () => {
    expect(relativeTime(new Date(2026, 2, 12, 9), now, { locale: 'en-GB' })).toBe('12 Mar')
    expect(formatDate(new Date(2025, 2, 12, 9), now, 'en-GB')).toBe('12 Mar 2025')
  })

  it('speaks the given language', () => {
    expect(relativeTime(ago(2 * 60_000), now, { locale: 'fr' })).toBe('il y a 2 minutes')
  })

  it('survives a bad timestamp', () => {
    expect(relativeTime('not a date', now)).toBe('unknown time')
  })
})

describe('daysSince', () => {
  it('counts calendar days, never below zero', () => {
    expect(daysSince(new Date(2026, 10, 20, 23), now)).toBe(7)
    expect(daysSince(new Date(2026, 10, 27, 1), now)).toBe(0)
    expect(daysSince(new Date(2026, 10, 28, 1), now)).toBe(0)
  })
})
