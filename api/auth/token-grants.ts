import type { Context } from 'hono'
import { z } from 'zod'
import type { Database } from '../db/database.ts'
import { exchangeRefreshToken, openSession, type RefreshOutcome } from './auth-sessions.ts'
import { gotrueError, invalidGrant, type GotrueError } from './gotrue-errors.ts'
import {
  appMetadata,
  findUserByEmail,
  findUserById,
  isBanned,
  toGotrueUser,
  type UserRow,
} from './gotrue-user.ts'
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken } from './issue-tokens.ts'
import { hashPassword, needsRehash, verifyPassword, type ScryptCost } from './password.ts'
import type { HashingGate } from './hashing-gate.ts'
import type { RateLimiter } from './rate-limit.ts'
import type { Backoff } from './sign-in-backoff.ts'
import type { SigningKeys } from './signing-keys.ts'

export interface TokenGrantDeps {
  db: Database
  keys: SigningKeys
  /** Failed sign-ins per IP, counted before hashing. */
  limiter: RateLimiter
  /** Back-off per email from one IP, counted before hashing. */
  backoff: Backoff
  /** Bounds the password hashes running and waiting at once. */
  hashing: HashingGate
  clientIp: (c: Context) => string
  /** The `iss` of every token: configured, never taken from the request (its Host is the caller's). */
  issuer: string
  /** What new password hashes cost; a stored hash made otherwise is redone on sign-in. */
  passwordCost: ScryptCost
  now: () => Date
  reuseIntervalSeconds: number
}

// Postgres text cannot hold NUL (a 500 if it got that far); no address or token has controls.
const noControls = (value: string) => !/\p{Cc}/u.test(value)
const emailShape = /^[^\s@]+@[^\s@]+$/u

// supabase-js also sends `gotrue_meta_security`; unknown keys are ignored, as GoTrue does.
const passwordGrant = z.object({
  email: z
    .string()
    .trim()
    .min(1)
    .max(320)
    .refine((email) => noControls(email) && emailShape.test(email), 'must be an e-mail address'),
  password: z
    .string()
    .min(1)
    .max(1024)
    .refine((password) => !password.includes('\u0000'), 'must not contain a NUL character'),
})
const refreshGrant = z.object({
  refresh_token: z
    .string()
    .min(1)
    .max(1024)
    .regex(/^[A-Za-z0-9_-]+$/, 'is not a refresh token this server gave out'),
})

function invalidBody(c: Context, error: z.ZodError, oauthError: GotrueError['oauthError']) {
  const issue = error.issues[0]
  const field = issue?.path.join('.') || 'body'
  const message = `${field}: ${issue?.message ?? 'invalid value'}`
  return gotrueError(c, { status: 400, code: 'validation_failed', message, oauthError })
}

/** The body when it is a JSON object, else null. */
async function jsonObject(c: Context): Promise<object | null> {
  try {
    const body: unknown = await c.req.json()
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? body : null
  } catch {
    return null
  }
}

const badJson: GotrueError = {
  status: 400,
  code: 'bad_json',
  message: 'The request body must be a JSON object',
  oauthError: 'invalid_request',
}

/**
 * Handles `POST /token?grant_type=password|refresh_token` with GoTrue's request and response
 * shapes: a session `{ access_token, token_type, expires_in, expires_at, refresh_token, user }`.
 */
export function tokenGrants(deps: TokenGrantDeps) {
  // Unknown emails are checked against this hash too, so both answers take as long.
  const dummyHash = hashPassword(crypto.randomUUID(), deps.passwordCost)

  async function session(
    c: Context,
    user: UserRow,
    sessionId: string,
    refreshToken: string,
    signedInAt: Date,
  ) {
    const { accessToken, expiresAt } = await signAccessToken(
      deps.keys,
      {
        userId: user.id,
        email: user.email,
        appMetadata: appMetadata(user),
        userMetadata: user.raw_user_meta_data ?? {},
        sessionId,
        authenticatedAt: signedInAt,
      },
      { issuer: deps.issuer, now: deps.now() },
    )
    return c.json({
      access_token: accessToken,
      token_type: 'bearer',
      expires_in: ACCESS_TOKEN_TTL_SECONDS,
      expires_at: expiresAt,
      refresh_token: refreshToken,
      user: toGotrueUser(user),
    })
  }

  async function password(c: Context) {
    const body = await jsonObject(c)
    if (!body) return gotrueError(c, badJson)
    const parsed = passwordGrant.safeParse(body)
    if (!parsed.success) return invalidBody(c, parsed.error, 'invalid_request')
    const { email, password } = parsed.data
    const ip = deps.clientIp(c)
    const ipKey = `ip:${ip}`
    const pairKey = `email:${email.toLowerCase()} ip:${ip}`
    const retryAfter = Math.max(
      deps.limiter.retryAfterSeconds(ipKey),
      deps.backoff.retryAfterSeconds(pairKey),
    )
    if (retryAfter > 0) {
      c.header('Retry-After', String(retryAfter))
      return gotrueError(c, {
        status: 429,
        code: 'over_request_rate_limit',
        message: `Too many failed sign-in attempts; try again in ${retryAfter} s`,
      })
    }
    // Counted as failed before any await, so parallel guesses all meet the limit; a success
    // takes its count back.
    deps.limiter.recordFailure(ipKey)
    deps.backoff.recordFailure(pairKey)
    const found = await findUserByEmail(deps.db, email)
    const stored = found?.encrypted_password?.startsWith('scrypt$')
      ? found.encrypted_password
      : null
    const against = stored ?? (await dummyHash)
    const checked = await deps.hashing.run(() => verifyPassword(password, against))
    if (checked.kind === 'busy') {
      deps.limiter.forgive(ipKey)
      deps.backoff.forgive(pairKey)
      c.header('Retry-After', '1')
      return gotrueError(c, {
        status: 503,
        code: 'over_request_rate_limit',
        message: 'Too many sign-ins at once; try again in a second',
      })
    }
    const user = checked.value && stored ? found : null
    if (!user) {
      return gotrueError(c, invalidGrant('invalid_credentials', 'Invalid login credentials'))
    }
    deps.limiter.forgive(ipKey)
    deps.backoff.reset(pairKey)
    const now = deps.now()
    if (isBanned(user, now)) {
      return gotrueError(c, invalidGrant('user_banned', 'User is banned'))
    }
    if (stored && needsRehash(stored, deps.passwordCost)) {
      // When the gate is full the rehash waits for the next sign-in.
      const rehashed = await deps.hashing.run(() => hashPassword(password, deps.passwordCost))
      // Compared with the old hash, so a password changed meanwhile is not overwritten.
      if (rehashed.kind === 'done') {
        await deps.db.query(
          'update auth.users set encrypted_password = $2 where id = $1 and encrypted_password = $3',
          [user.id, rehashed.value, stored],
        )
      }
    }
    const opened = await openSession(deps.db, {
      userId: user.id,
      userAgent: c.req.header('User-Agent')?.slice(0, 512) ?? null,
      ip,
      now,
    })
    return session(
      c,
      { ...user, last_sign_in_at: now },
      opened.sessionId,
      opened.refreshToken,
      opened.createdAt,
    )
  }

  async function refresh(c: Context) {
    const body = await jsonObject(c)
    if (!body) return gotrueError(c, badJson)
    const parsed = refreshGrant.safeParse(body)
    if (!parsed.success) return invalidBody(c, parsed.error, 'invalid_request')
    const outcome = await exchangeRefreshToken(deps.db, parsed.data.refresh_token, {
      now: deps.now(),
      reuseIntervalSeconds: deps.reuseIntervalSeconds,
      refreshSecret: deps.keys.refreshSecret,
    })
    const user = outcome.kind === 'issued' ? await findUserById(deps.db, outcome.userId) : null
    if (outcome.kind === 'issued' && user) {
      return session(c, user, outcome.sessionId, outcome.refreshToken, outcome.sessionCreatedAt)
    }
    return gotrueError(c, refreshRefusals[outcome.kind])
  }

  return async function token(c: Context) {
    const grantType = c.req.query('grant_type')
    if (grantType === 'password') return password(c)
    if (grantType === 'refresh_token') return refresh(c)
    return gotrueError(c, {
      status: 400,
      code: 'validation_failed',
      message: 'grant_type: must be password or refresh_token',
      oauthError: 'unsupported_grant_type',
    })
  }
}

const tokenNotFound = invalidGrant(
  'refresh_token_not_found',
  'Invalid Refresh Token: Refresh Token Not Found',
)
const refreshRefusals: Record<RefreshOutcome['kind'], GotrueError> = {
  issued: tokenNotFound, // the user was deleted in between
  not_found: tokenNotFound,
  closed: tokenNotFound,
  banned: invalidGrant('user_banned', 'Invalid Refresh Token: User Banned'),
  reuse: invalidGrant('refresh_token_already_used', 'Invalid Refresh Token: Already Used'),
}
