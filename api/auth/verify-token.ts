import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from 'jose'
import type { JwtClaims } from '../db/as-user.ts'
import { DEFAULT_LOCAL_ISSUER } from './issue-tokens.ts'
import { createVerifiedTokens } from './verified-tokens.ts'

/**
 * Why a token was refused. `unavailable` means the keys could not be fetched — the token may
 * well be fine, so callers answer 503, not 401.
 */
export type AuthErrorCode = 'invalid_token' | 'expired_token' | 'unavailable'

/** A refused access token; `message` is safe to show to the caller. */
export class AuthError extends Error {
  readonly code: AuthErrorCode
  constructor(code: AuthErrorCode, message: string) {
    super(message)
    this.name = 'AuthError'
    this.code = code
  }
}

export type VerifyAccessToken = (token: string) => Promise<JwtClaims>

// Asymmetric algorithms only: with a JWKS, accepting HS256 or `none` would let anyone mint tokens.
const algorithms = ['ES256', 'RS256']

function refusal(error: unknown): AuthError {
  if (error instanceof AuthError) return error
  if (error instanceof errors.JWTExpired)
    return new AuthError('expired_token', 'Access token has expired')
  return new AuthError('invalid_token', 'Access token is invalid')
}

/** A JWKS that cannot be fetched is our outage, not a bad token: it becomes `unavailable`. */
function reportingOutages(jwks: JWTVerifyGetKey): JWTVerifyGetKey {
  return async (header, token) => {
    try {
      return await jwks(header, token)
    } catch (error) {
      if (
        error instanceof errors.JWKSNoMatchingKey ||
        error instanceof errors.JWKSMultipleMatchingKeys
      ) {
        throw error
      }
      throw new AuthError('unavailable', 'Could not load the signing keys')
    }
  }
}

/**
 * Builds the function that checks an access token: signature against `jwks` (ES256/RS256
 * only), `exp`, `iss = issuer`, `aud = authenticated` and a `sub`. Anything else throws an
 * AuthError. A token that passed is remembered for up to 60 s (never past its `exp`), so the
 * next requests of the same phone skip the signature check (verified-tokens.ts).
 *
 * @example
 * const verify = createTokenVerifier(createLocalJWKSet(keys.jwks), { issuer: 'liaison-embedded-auth' })
 * const claims = await verify(accessToken) // { sub, role: 'authenticated', ... }
 */
export function createTokenVerifier(
  jwks: JWTVerifyGetKey,
  options: { issuer: string; now?: () => Date },
): VerifyAccessToken {
  const clock = options.now
  const verdicts = createVerifiedTokens(clock ? { now: () => clock().getTime() } : {})
  return async (token) => {
    try {
      if (typeof token !== 'string' || token.length === 0 || token.length > 16_384) {
        throw new AuthError('invalid_token', 'Access token is invalid')
      }
      const known = verdicts.get(token)
      if (known) return known
      const { payload } = await jwtVerify(token, jwks, {
        algorithms,
        audience: 'authenticated',
        issuer: options.issuer,
        requiredClaims: ['sub', 'exp', 'iss'],
        currentDate: options.now?.(),
      })
      if (typeof payload.sub !== 'string' || payload.sub === '') {
        throw new AuthError('invalid_token', 'Access token has no subject')
      }
      return verdicts.set(token, {
        ...payload,
        sub: payload.sub,
        role: typeof payload.role === 'string' ? payload.role : 'authenticated',
      })
    } catch (error) {
      throw refusal(error)
    }
  }
}

/**
 * Verifies the embedded auth server's own tokens against its in-memory JWKS; their `iss` is
 * the configured AUTH_ISSUER (DEFAULT_LOCAL_ISSUER unless set), never the request's host.
 */
export function localVerifier(
  keys: { jwks: JSONWebKeySet },
  options: { issuer?: string; now?: () => Date } = {},
): VerifyAccessToken {
  return createTokenVerifier(createLocalJWKSet(keys.jwks), {
    ...options,
    issuer: options.issuer ?? DEFAULT_LOCAL_ISSUER,
  })
}

/**
 * Verifies a Supabase project's tokens against its published JWKS, which jose caches and
 * refetches at most every 30 s when an unknown `kid` appears (key rotation). Supabase Auth
 * issues them as `<project url>/auth/v1`.
 */
export function supabaseVerifier(supabaseUrl: string): VerifyAccessToken {
  const issuer = `${supabaseUrl.replace(/\/+$/, '')}/auth/v1`
  const url = new URL(`${issuer}/.well-known/jwks.json`)
  const jwks = createRemoteJWKSet(url, {
    timeoutDuration: 5_000,
    cooldownDuration: 30_000,
    cacheMaxAge: 600_000,
  })
  return createTokenVerifier(reportingOutages(jwks), { issuer })
}
