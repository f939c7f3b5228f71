import { describe, expect, it } from 'vitest'
import { createRateLimiter } from './rate-limit.ts'

function clock(start = 1_000_000) {
  let time = start
  return { now: () => time, advance: (ms: number) => (time += ms) }
}

describe('the failed sign-in limiter', () => {
  it('allows 10 failures a minute and refuses the 11th attempt', () => {
    const time = clock()
    const limiter = createRateLimiter({ limit: 10, windowMs: 60_000, now: time.now })
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      expect(limiter.retryAfterSeconds('email:ada@example.gov')).toBe(0)
      limiter.recordFailure('email:ada@example.gov')
      time.advance(1_000)
    }
    expect(limiter.retryAfterSeconds('email:ada@example.gov')).toBe(50)
    expect(limiter.retryAfterSeconds('email:bob@example.gov')).toBe(0)
  })

  it('slides: the oldest failure leaving the window frees one attempt', () => {
    const time = clock()
    const limiter = createRateLimiter({ limit: 10, windowMs: 60_000, now: time.now })
    limiter.recordFailure('ip:1')
    time.advance(30_000)
    for (let i = 0; i < 9; i += 1) limiter.recordFailure('ip:1')
    expect(limiter.retryAfterSeconds('ip:1')).toBe(30)
    time.advance(30_000)
    expect(limiter.retryAfterSeconds('ip:1')).toBe(0)
    limiter.recordFailure('ip:1')
    expect(limiter.retryAfterSeconds('ip:1')).toBe(30)
  })

  it('never answers a retry time below one second while limited', () => {
    const time = clock()
    const limiter = createRateLimiter({ limit: 1, windowMs: 1_000, now: time.now })
    limiter.recordFailure('k')
    time.advance(999)
    expect(limiter.retryAfterSeconds('k')).toBe(1)
  })

  it('forgets expired keys and keeps at most maxKeys', () => {
    const time = clock()
    const limiter = createRateLimiter({ limit: 10, windowMs: 60_000, maxKeys: 100, now: time.now })
    for (let i = 0; i < 1_000; i += 1) limiter.recordFailure(`email:${i}@example.gov`)
    expect(limiter.size()).toBe(100)
    time.advance(61_000)
    limiter.recordFailure('email:late@example.gov')
    expect(limiter.size()).toBe(1)
  })

  it('evicts the least recently failed key first', () => {
    const time = clock()
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 2, now: time.now })
    limiter.recordFailure('a')
    limiter.recordFailure('b')
    limiter.recordFailure('a')
    limiter.recordFailure('c')
    expect(limiter.size()).toBe(2)
    expect(limiter.retryAfterSeconds('a')).toBeGreaterThan(0)
    expect(limiter.retryAfterSeconds('c')).toBeGreaterThan(0)
    expect(limiter.retryAfterSeconds('b')).toBe(0)
  })
})
