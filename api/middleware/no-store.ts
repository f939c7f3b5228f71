import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../app-env.ts'

/**
 * `Cache-Control: no-store` on every answer it wraps, errors included: API answers carry a
 * user's own data and sign-in answers their tokens, which no browser cache, service worker or proxy may keep for the next person.
 */
export const noStore = createMiddleware<AppEnv>(async (c, next) => {
  await next()
  c.header('Cache-Control', 'no-store')
})
