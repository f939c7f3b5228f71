import type { MiddlewareHandler } from 'hono'
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../app-env.ts'

/**
 * Runs `limit` (Hono's bodyLimit) on every request but a GET or HEAD that announces no body.
 * bodyLimit reads `c.req.raw.body`, which makes `@hono/node-server` build a full Request for
 * every GET too — a few percent of a caught-up pull's CPU. A request with neither
 * Content-Length nor Transfer-Encoding has no body (RFC 9112 §6.3); other methods are always
 * limited, since a Request built in code (app.request) announces its body with neither.
 *
 * @example
 * app.use('/api/*', limitSentBodies(bodyLimit({ maxSize: 1024 * 1024 })))
 */
export function limitSentBodies(limit: MiddlewareHandler) {
  return createMiddleware<AppEnv>((c, next) => {
    const reading = c.req.method === 'GET' || c.req.method === 'HEAD'
    const announced = c.req.header('content-length') ?? c.req.header('transfer-encoding')
    return reading && announced === undefined ? next() : limit(c, next)
  })
}
