export interface BackoffOptions {
  /** Failures in a row allowed before any wait. */
  freeFailures: number
  /** The first wait; each further failure doubles it, up to `maxDelayMs`. */
  baseDelayMs: number
  maxDelayMs: number
  /** A key whose last failure is older than this is forgotten: no wait outlives it. */
  windowMs: number
  /** Keys remembered at most; the least recently failed are forgotten first. */
  maxKeys?: number
  now?: () => number
}

export interface Backoff {
  /** Seconds `key` must still wait, or 0 when it may try now. */
  retryAfterSeconds(key: string): number
  recordFailure(key: string): void
  /** Takes back one failure: an attempt counted up front that never ran. */
  forgive(key: string): void
  /** A success: the key starts afresh. */
  reset(key: string): void
  size(): number
}

interface Failures {
  count: number
  last: number
}

/**
 * Exponential back-off per key (an email from one IP): after `freeFailures` failures each
 * further one doubles the wait, capped, and everything is forgotten `windowMs` after the last
 * failure — so guessing slows down fast while the real owner is never locked out for good.
 *
 * @example
 * const backoff = createBackoff({ freeFailures: 3, baseDelayMs: 1_000, maxDelayMs: 300_000, windowMs: 900_000 })
 * if (backoff.retryAfterSeconds(key) > 0) return tooManyRequests()
 */
export function createBackoff(options: BackoffOptions): Backoff {
  const { freeFailures, baseDelayMs, maxDelayMs, windowMs } = options
  const maxKeys = options.maxKeys ?? 10_000
  const now = options.now ?? Date.now
  const failures = new Map<string, Failures>()

  function current(key: string, at: number): Failures | null {
    const entry = failures.get(key)
    if (!entry) return null
    if (at - entry.last >= windowMs) {
      failures.delete(key)
      return null
    }
    return entry
  }

  return {
    retryAfterSeconds(key) {
      const at = now()
      const entry = current(key, at)
      if (!entry || entry.count < freeFailures) return 0
      const delay = Math.min(maxDelayMs, baseDelayMs * 2 ** (entry.count - freeFailures))
      const wait = entry.last + delay - at
      return wait > 0 ? Math.ceil(wait / 1000) : 0
    },
    recordFailure(key) {
      const at = now()
      const count = (current(key, at)?.count ?? 0) + 1
      // Re-inserting moves the key to the end, so Map order is least recently failed first.
      failures.delete(key)
      failures.set(key, { count, last: at })
      for (const [oldest] of failures) {
        if (failures.size <= maxKeys) break
        failures.delete(oldest)
      }
    },
    forgive(key) {
      const entry = failures.get(key)
      if (!entry) return
      if (entry.count <= 1) failures.delete(key)
      else entry.count -= 1
    },
    reset(key) {
      failures.delete(key)
    },
    size: () => failures.size,
  }
}
