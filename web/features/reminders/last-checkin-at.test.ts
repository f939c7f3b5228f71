import { describe, expect, it } from 'vitest'
import { lastCheckinAt } from './last-checkin-at.ts'

describe('lastCheckinAt', () => {
  it('takes the latest live check-in, whatever the order, and skips deleted ones', () => {
    const live = (occurred_at: string) => ({ occurred_at, deleted_at: null })
    expect(
      lastCheckinAt([
        live('2026-11-01T15:00:00.000Z'),
        live('2026-11-20T09:00:00.000Z'),
        { occurred_at: '2026-11-25T09:00:00.000Z', deleted_at: '2026-11-26T00:00:00.000Z' },
        live('2026-10-01T09:00:00.000Z'),
      ]),
    ).toBe('2026-11-20T09:00:00.000Z')
  })

  it('is null with no live check-in', () => {
    expect(lastCheckinAt([])).toBeNull()
    expect(lastCheckinAt([{ occurred_at: '2026-11-25T09:00:00.000Z', deleted_at: 'x' }])).toBeNull()
  })
})
