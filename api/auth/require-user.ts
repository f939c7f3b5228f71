import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../app-env.ts'
import { membershipEnded } from '../contract/session-errors.ts'
import { SessionEndedError, type JwtClaims } from '../db/as-user.ts'
import { AuthError, type VerifyAccessToken } from './verify-token.ts'

/** The token of an `Authorization: Bearer <token>` header, or null when there is none. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer +([^\s]+) *$/i.exec(header ?? '')
  return match?.[1] ?? null
}

function unauthorized(c: Context, message: string, challenge: string, error = 'unauthorized') {
  c.header('WWW-Authenticate', challenge)
  return c.json({ error, message }, 401)
}

/**
 * Lets a request through only with a valid access token, and puts its claims in
 * `c.get('claims')` for `asUser`. Otherwise: 401 `{ error: 'unauthorized', message }` with a
 * `WWW-Authenticate: Bearer` challenge (RFC 6750), or 503 when the keys cannot be fetched.
 * A token must name its session (`session_id`, as Supabase's and ours all do): asUser checks
 * that session is still live in the request's transaction, and its SessionEndedError becomes a
 * 401 here — so a route behind this must reach the database through asUser.
 *
 * @example
 * app.use('/api/*', requireUser(supabaseVerifier(env.supabase.url)))
 * app.get('/api/me', (c) => c.json({ id: c.get('claims').sub }))
 */
export function requireUser(verify: VerifyAccessToken) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const token = bearerToken(c.req.header('Authorization'))
    if (!token) {
      return unauthorized(c, 'Sign in: this request needs an access token', 'Bearer')
    }
    let claims: JwtClaims
    try {
      claims = await verify(token)
    } catch (error) {
      const refusal =
        error instanceof AuthError
          ? error
          : new AuthError('invalid_token', 'Access token is invalid')
      if (refusal.code === 'unavailable') {
        return c.json(
          { error: 'auth_unavailable', message: 'Could not check the access token; try again' },
          503,
        )
      }
      const description = refusal.message.replace(/"/g, '')
      return unauthorized(
        c,
        refusal.message,
        `Bearer error="invalid_token", error_description="${description}"`,
      )
    }
    if (typeof claims.session_id !== 'string') {
      return unauthorized(c, 'Access token names no session', 'Bearer error="invalid_token"')
    }
    c.set('claims', claims)
    await next()
    if (c.error instanceof SessionEndedError) {
      const error = c.error.removed ? membershipEnded : 'unauthorized'
      c.res = unauthorized(c, c.error.message, 'Bearer error="invalid_token"', error)
    }
  })
}
