import { createHash, createHmac, randomBytes } from 'node:crypto'
import { SignJWT } from 'jose'
import type { SigningKeys } from './signing-keys.ts'

export const ACCESS_TOKEN_TTL_SECONDS = 3600

/** The `iss` of embedded mode's tokens unless AUTH_ISSUER says otherwise. */
export const DEFAULT_LOCAL_ISSUER = 'liaison-embedded-auth'

export interface AccessTokenSubject {
  userId: string
  email: string | null
  appMetadata: Record<string, unknown>
  userMetadata: Record<string, unknown>
  sessionId: string
  /** When the session signed in with its password: GoTrue's `amr` keeps that moment. */
  authenticatedAt: Date
}

/**
 * Signs an ES256 access token with the claims Supabase Auth puts in its own, so RLS policies
 * and supabase-js read it the same way.
 */
export async function signAccessToken(
  keys: SigningKeys,
  subject: AccessTokenSubject,
  options: { issuer: string; now: Date },
): Promise<{ accessToken: string; expiresAt: number }> {
  const iat = Math.floor(options.now.getTime() / 1000)
  const expiresAt = iat + ACCESS_TOKEN_TTL_SECONDS
  const accessToken = await new SignJWT({
    email: subject.email ?? '',
    phone: '',
    app_metadata: subject.appMetadata,
    user_metadata: subject.userMetadata,
    role: 'authenticated',
    aal: 'aal1',
    amr: [{ method: 'password', timestamp: Math.floor(subject.authenticatedAt.getTime() / 1000) }],
    session_id: subject.sessionId,
    is_anonymous: false,
  })
    .setProtectedHeader({ alg: 'ES256', kid: keys.kid, typ: 'JWT' })
    .setIssuer(options.issuer)
    .setSubject(subject.userId)
    .setAudience('authenticated')
    .setIssuedAt(iat)
    .setExpirationTime(expiresAt)
    .sign(keys.privateKey)
  return { accessToken, expiresAt }
}

/** The only form of a refresh token the database ever holds. */
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/**
 * A new opaque refresh token (256 random bits) and the hash to store for it.
 *
 * @example
 * const { token, hash } = createRefreshToken() // send `token`, store `hash`
 */
export function createRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashRefreshToken(token) }
}

/**
 * The successor of `parent`: HMAC(secret, parent), so an exchange of `parent` replayed within
 * the reuse interval gets the same child back though only hashes are stored — and without the
 * server's secret, holding `parent` is no way to compute it.
 */
export function successorRefreshToken(
  secret: Uint8Array,
  parent: string,
): { token: string; hash: string } {
  const token = createHmac('sha256', secret).update(parent).digest('base64url')
  return { token, hash: hashRefreshToken(token) }
}
