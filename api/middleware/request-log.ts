import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../app-env.ts'
import type { Logger } from '../logger.ts'

/** Logs one line a request with its id, so a user's report can be matched to the server's log. */
export function requestLog(log: Logger) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now()
    await next()
    log.info('request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    })
  })
}
