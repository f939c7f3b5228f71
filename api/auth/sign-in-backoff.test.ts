import { describe, expect, it } from 'vitest'
import { createBackoff } from './sign-in-backoff.ts'

describe('the sign-in back-off', () => {
  function setup() {
    let time = 1_000_000
    const backoff = createBackoff({
      freeFailures: 5,
      baseDelayMs: 1_000,
      maxDelayMs: 300_000,
      windowMs: 900_000,
      maxKeys: 3,
      now: () => time,
    })
    return { backoff, advance: (ms: number) => (time += ms) }
  }

  it('doubles the wait per failure past the free ones, capped at the maximum', () => {
    const { backoff } = setup()
    const waits: number[] = []
    for (let failure = 1; failure <= 15; failure += 1) {
      backoff.recordFailure('pair')
      waits.push(backoff.retryAfterSeconds('pair'))
    }
    expect(waits).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300])
  })

  it('forgets a key a window after its last failure, and on a success', () => {
    const { backoff, advance } = setup()
    for (let failure = 1; failure <= 20; failure += 1) backoff.recordFailure('pair')
    advance(900_000)
    expect(backoff.retryAfterSeconds('pair')).toBe(0)
    backoff.recordFailure('pair')
    expect(backoff.retryAfterSeconds('pair')).toBe(0)
    for (let failure = 1; failure <= 9; failure += 1) backoff.recordFailure('other')
    backoff.reset('other')
    expect(backoff.retryAfterSeconds('other')).toBe(0)
  })

  it('remembers at most maxKeys keys', () => {
    const { backoff } = setup()
    for (const key of ['a', 'b', 'c', 'd', 'e']) backoff.recordFailure(key)
    expect(backoff.size()).toBe(3)
  })
})
