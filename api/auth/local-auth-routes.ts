import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { AppEnv } from '../app-env.ts'
import type { JwtClaims } from '../db/as-user.ts'
import type { Database } from '../db/database.ts'
import { closeSessionsByScope, isSessionOpen, type LogoutScope } from './auth-sessions.ts'
import { socketAddress } from './client-ip.ts'
import { gotrueError } from './gotrue-errors.ts'
import { findUserById, toGotrueUser } from './gotrue-user.ts'
import { createHashingGate, type HashingGate } from './hashing-gate.ts'
import { createRateLimiter, type RateLimiter } from './rate-limit.ts'
import { createBackoff, type Backoff } from './sign-in-backoff.ts'
import { DEFAULT_LOCAL_ISSUER } from './issue-tokens.ts'
import { configuredScryptCost, type ScryptCost } from './password.ts'
import { DEFAULT_REUSE_INTERVAL_SECONDS } from './refresh-rotation.ts'
import { bearerToken } from './require-user.ts'
import type { SigningKeys } from './signing-keys.ts'
import { setPassword } from './set-password.ts'
import { tokenGrants } from './token-grants.ts'
import { localVerifier } from './verify-token.ts'

export interface LocalAuthDeps {
  db: Database
  keys: SigningKeys
  /** Who is asking, for the per-IP limit; defaults to the socket's address. */
  clientIp?: (c: Context) => string
  now?: () => Date
  /** The `iss` of the tokens issued and required; DEFAULT_LOCAL_ISSUER unless configured. */
  issuer?: string
  /** What new password hashes cost; defaults to configuredScryptCost() (OWASP's). */
  passwordCost?: ScryptCost
  /** Seconds a just-rotated refresh token may still be exchanged (GoTrue: 10). */
  reuseIntervalSeconds?: number
  /** Defaults to 10 failed sign-ins per minute per IP. */
  limiter?: RateLimiter
  /** Defaults to 5 free failures per email and IP, then 1 s doubling to 5 min, forgotten after 15 min. */
  backoff?: Backoff
  /** Defaults to 2 hashes at once and 32 waiting. */
  hashing?: HashingGate
  /** Where a failure that is not the caller's fault is reported; defaults to console.error. */
  onUnexpectedError?: (error: unknown) => void
}

const logoutScopes: readonly string[] = ['global', 'local', 'others'] satisfies LogoutScope[]

/**
 * Liaison's own auth server for embedded mode, speaking Supabase Auth's (GoTrue's) protocol so
 * the browser's supabase-js works unchanged. Mount it at `/auth/v1`.
 *
 * @example
 * const keys = await loadSigningKeys(db)
 * app.route('/auth/v1', localAuthRoutes({ db, keys }))
 * app.use('/api/*', requireUser(localVerifier(keys)))
 */
export function localAuthRoutes(deps: LocalAuthDeps): Hono<AppEnv> {
  const { db, keys } = deps
  const now = deps.now ?? (() => new Date())
  const issuer = deps.issuer ?? DEFAULT_LOCAL_ISSUER
  const verify = localVerifier(keys, { now, issuer })
  const reportUnexpected = deps.onUnexpectedError ?? console.error
  const hashing = deps.hashing ?? createHashingGate({ concurrency: 2, queueLimit: 32 })
  const passwordCost = deps.passwordCost ?? configuredScryptCost()
  const token = tokenGrants({
    db,
    keys,
    now,
    issuer,
    passwordCost,
    clientIp: deps.clientIp ?? socketAddress,
    limiter:
      deps.limiter ??
      createRateLimiter({ limit: 10, windowMs: 60_000, now: () => now().getTime() }),
    backoff:
      deps.backoff ??
      createBackoff({
        freeFailures: 5,
        baseDelayMs: 1_000,
        maxDelayMs: 300_000,
        windowMs: 900_000,
        now: () => now().getTime(),
      }),
    hashing,
    reuseIntervalSeconds: deps.reuseIntervalSeconds ?? DEFAULT_REUSE_INTERVAL_SECONDS,
  })

  /** GoTrue's answers: 401 without a token, 403 for a bad one or a signed-out session. */
  async function authenticate(c: Context): Promise<JwtClaims | Response> {
    const bearer = bearerToken(c.req.header('Authorization'))
    if (!bearer) {
      return gotrueError(c, {
        status: 401,
        code: 'no_authorization',
        message: 'This endpoint requires a valid Bearer token',
      })
    }
    let claims: JwtClaims
    try {
      claims = await verify(bearer)
    } catch {
      return gotrueError(c, {
        status: 403,
        code: 'bad_jwt',
        message: 'invalid JWT: unable to parse or verify signature',
      })
    }
    if (!(await isSessionOpen(db, claims))) {
      return gotrueError(c, {
        status: 403,
        code: 'session_not_found',
        message: 'Session from session_id claim in JWT does not exist',
      })
    }
    return claims
  }

  return new Hono<AppEnv>()
    .onError((error, c) => {
      reportUnexpected(error)
      return gotrueError(c, {
        status: 500,
        code: 'unexpected_failure',
        message: 'Unexpected failure, please try again',
      })
    })
    .post(
      '/token',
      bodyLimit({
        maxSize: 64 * 1024,
        onError: (c) =>
          gotrueError(c, { status: 413, code: 'validation_failed', message: 'body: too large' }),
      }),
      (c) => token(c),
    )
    .get('/user', async (c) => {
      const claims = await authenticate(c)
      if (claims instanceof Response) return claims
      const user = await findUserById(db, claims.sub)
      if (!user) {
        return gotrueError(c, {
          status: 403,
          code: 'user_not_found',
          message: 'User from sub claim in JWT does not exist',
        })
      }
      return c.json(toGotrueUser(user))
    })
    .put(
      '/user',
      bodyLimit({
        maxSize: 64 * 1024,
        onError: (c) =>
          gotrueError(c, { status: 413, code: 'validation_failed', message: 'body: too large' }),
      }),
      async (c) => {
        const claims = await authenticate(c)
        if (claims instanceof Response) return claims
        return setPassword({ db, hashing, passwordCost }, c, claims)
      },
    )
    .post('/logout', async (c) => {
      const scope = c.req.query('scope') ?? 'global'
      if (!logoutScopes.includes(scope)) {
        return gotrueError(c, {
          status: 400,
          code: 'validation_failed',
          message: 'scope: must be global, local or others',
        })
      }
      const claims = await authenticate(c)
      if (claims instanceof Response) return claims
      await closeSessionsByScope(db, {
        userId: claims.sub,
        sessionId: String(claims.session_id),
        scope: scope as LogoutScope,
        now: now(),
      })
      return c.body(null, 204)
    })
    .get('/.well-known/jwks.json', (c) => {
      c.header('Cache-Control', 'public, max-age=600')
      return c.json(keys.jwks)
    })
    .get('/settings', (c) =>
      c.json({
        external: { email: true, phone: false },
        disable_signup: true,
        mailer_autoconfirm: false,
        phone_autoconfirm: false,
        sms_provider: '',
        saml_enabled: false,
      }),
    )
    .get('/health', (c) =>
      c.json({ version: 'liaison', name: 'GoTrue', description: 'Liaison embedded auth' }),
    )
}
