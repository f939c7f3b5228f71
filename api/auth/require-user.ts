import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../app-env.ts'
import type { JwtClaims } from '../db/as-user.ts'
import { AuthError, type VerifyAccessToken } from './verify-token.ts'

/** The token of an `Authorization: Bearer <token>` header, or null when there is none. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer +([^\s]+) *$/i.exec(header ?? '')
  return match?.[1] ?? null
}

function unauthorized(c: Context, message: string, challenge: string) {
  c.header('WWW-Authenticate', challenge)
  return c.json({ error: 'unauthorized', message }, 401)
}

export interface RequireUserOptions {
  /** Also refuse tokens whose session was signed out (embedded auth only; Supabase's are stateless). */
  isSessionOpen?: (claims: JwtClaims) => Promise<boolean>
}

/**
 * Lets a request through only with a valid access token, and puts its claims in
 * `c.get('claims')` for `asUser`. Otherwise: 401 `{ error: 'unauthorized', message }` with a
 * `WWW-Authenticate: Bearer` challenge (RFC 6750), or 503 when the keys cannot be fetched.
 *
 * @example
 * app.use('/api/*', requireUser(supabaseVerifier(env.supabase.url)))
 * app.get('/api/me', (c) => c.json({ id: c.get('claims').sub }))
 */
export function requireUser(verify: VerifyAccessToken, options: RequireUserOptions = {}) {
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
    if (options.isSessionOpen && !(await options.isSessionOpen(claims))) {
      return unauthorized(c, 'This session has been signed out', 'Bearer error="invalid_token"')
    }
    c.set('claims', claims)
    await next()
  })
}
