import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../app-env.ts'

/**
 * Ends the connection after a 413. The body was refused before it was all read, and
 * `@hono/node-server` drops such a socket soon after while the answer said keep-alive, so the
 * client's next request on it failed ("other side closed"); `Connection: close` tells the
 * client to open a new one instead. Registered first, so it sees every route's 413.
 */
export const closeAfterTooLarge = createMiddleware<AppEnv>(async (c, next) => {
  await next()
  if (c.res.status === 413) c.header('Connection', 'close')
})
