import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../app-env.ts'
import { errorBody } from '../middleware/json-errors.ts'

/** Each signed-in user's budget of /api requests a minute, unless API_REQUESTS_PER_MINUTE says. */
export const defaultApiRequestsPerMinute = 600

export interface UserRateLimitOptions {
  /** Requests a user may make per minute, in bursts of up to as many. */
  perMinute: number
  /** Users remembered at most; the least recently seen are forgotten first. */
  maxUsers?: number
  now?: () => number
}

interface Bucket {
  tokens: number
  at: number
}

/**
 * A token bucket per signed-in user (the token's `sub`), after requireUser: `perMinute`
 * requests a minute, refilled continuously; past it 429 with Retry-After. In memory and per
 * instance: with n instances behind a balancer a user gets at most n times the budget.
 *
 * @example
 * api.use('/sync/*', requireUser(verify), userRateLimit({ perMinute: 600 }))
 */
export function userRateLimit(options: UserRateLimitOptions) {
  const { perMinute } = options
  const maxUsers = options.maxUsers ?? 50_000
  const now = options.now ?? Date.now
  const perMs = perMinute / 60_000
  const buckets = new Map<string, Bucket>()

  function take(user: string): number {
    const at = now()
    const previous = buckets.get(user)
    const tokens = Math.min(
      perMinute,
      (previous?.tokens ?? perMinute) + (at - (previous?.at ?? at)) * perMs,
    )
    // Re-inserting moves the user to the end, so Map order is least recently seen first.
    buckets.delete(user)
    if (buckets.size >= maxUsers) {
      const [oldest] = buckets.keys()
      if (oldest !== undefined) buckets.delete(oldest)
    }
    if (tokens >= 1) {
      buckets.set(user, { tokens: tokens - 1, at })
      return 0
    }
    buckets.set(user, { tokens, at })
    return Math.max(1, Math.ceil((1 - tokens) / perMs / 1000))
  }

  const middleware = createMiddleware<AppEnv>(async (c, next) => {
    const retryAfter = take(c.get('claims').sub)
    if (retryAfter > 0) {
      c.header('Retry-After', String(retryAfter))
      const message = `Too many requests from this account; try again in ${retryAfter} s`
      return c.json(errorBody(c, 'rate_limited', message), 429)
    }
    await next()
  })
  return Object.assign(middleware, { size: () => buckets.size })
}
