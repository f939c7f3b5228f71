export interface RateLimiterOptions {
  /** Failures allowed per key within `windowMs`; the next attempt is refused. */
  limit: number
  windowMs: number
  /** Keys remembered at most; the least recently failed are forgotten first. */
  maxKeys?: number
  now?: () => number
}

export interface RateLimiter {
  /** Seconds until `key` may try again, or 0 when it may try now. */
  retryAfterSeconds(key: string): number
  recordFailure(key: string): void
  /** Takes back the latest failure of `key`: an attempt counted up front that succeeded. */
  forgive(key: string): void
  /** How many keys are remembered (for tests of the memory bound). */
  size(): number
}

/**
 * An in-memory sliding-window counter of failures per key (an email, an IP). Each key keeps at
 * most `limit` timestamps and the map at most `maxKeys` keys, so memory stays bounded however
 * many distinct emails an attacker tries.
 *
 * @example
 * const limiter = createRateLimiter({ limit: 10, windowMs: 60_000 })
 * if (limiter.retryAfterSeconds(`ip:${ip}`) > 0) return tooManyRequests()
 * limiter.recordFailure(`ip:${ip}`) // before the work, so parallel attempts are all counted
 * if (ok) limiter.forgive(`ip:${ip}`)
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { limit, windowMs } = options
  const maxKeys = options.maxKeys ?? 10_000
  const now = options.now ?? Date.now
  const failures = new Map<string, number[]>()

  function recent(key: string, at: number): number[] {
    const times = failures.get(key)
    if (!times) return []
    const kept = times.filter((time) => at - time < windowMs)
    if (kept.length === 0) failures.delete(key)
    else if (kept.length !== times.length) failures.set(key, kept)
    return kept
  }

  return {
    retryAfterSeconds(key) {
      const at = now()
      const times = recent(key, at)
      if (times.length < limit) return 0
      const oldestCounted = times[times.length - limit] ?? at
      return Math.max(1, Math.ceil((oldestCounted + windowMs - at) / 1000))
    },
    recordFailure(key) {
      const at = now()
      const times = [...recent(key, at), at].slice(-limit)
      // Re-inserting moves the key to the end, so Map order is least recently failed first.
      failures.delete(key)
      failures.set(key, times)
      for (const [oldest, oldestTimes] of failures) {
        const lastFailure = oldestTimes[oldestTimes.length - 1] ?? 0
        if (failures.size <= maxKeys && at - lastFailure < windowMs) break
        failures.delete(oldest)
      }
    },
    forgive(key) {
      const times = failures.get(key)
      if (!times) return
      if (times.length <= 1) failures.delete(key)
      else failures.set(key, times.slice(0, -1))
    },
    size: () => failures.size,
  }
}
