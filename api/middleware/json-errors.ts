import type { Context, ErrorHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv } from '../app-env.ts'
import { SessionEndedError } from '../db/as-user.ts'
import type { Logger } from '../logger.ts'

/** The one error shape of the API: `{ error, message, requestId }`, never a stack trace. */
export function errorBody(c: Context<AppEnv>, error: string, message: string) {
  return { error, message, requestId: c.get('requestId') }
}

/** Turns thrown errors into JSON; unexpected ones are logged in full and answered with a 500. */
export function jsonErrors(log: Logger): ErrorHandler<AppEnv> {
  return (thrown, c) => {
    // requireUser, on the way out, gives it its final form (the challenge, the removal code).
    if (thrown instanceof SessionEndedError) {
      return c.json(errorBody(c, 'unauthorized', thrown.message), 401)
    }
    if (thrown instanceof HTTPException) {
      const status = thrown.status
      const code =
        status === 413 ? 'payload_too_large' : status < 500 ? 'bad_request' : 'server_error'
      return c.json(errorBody(c, code, thrown.message || 'Request failed'), status)
    }
    log.error('unhandled', {
      requestId: c.get('requestId'),
      path: c.req.path,
      error: thrown instanceof Error ? thrown.stack : String(thrown),
    })
    return c.json(errorBody(c, 'server_error', 'Something went wrong on the server'), 500)
  }
}
