import { createHash } from 'node:crypto'
import type { JwtClaims } from '../db/as-user.ts'

export interface VerifiedTokensOptions {
  /** Tokens remembered at most; the least recently used are forgotten first. */
  maxEntries?: number
  /** How long a verdict stands before the signature is checked again against the keys. */
  maxAgeMs?: number
  now?: () => number
}

interface Verdict {
  claims: JwtClaims
  /** When the verdict lapses: its check's time plus maxAgeMs, or the token's `exp`, if sooner. */
  until: number
}

/**
 * Remembers the claims of tokens whose signature already checked out, so a phone's every
 * request does not pay the ES256 verification again: only the signature's verdict is kept
 * (by the token's SHA-256), never the session's — asUser still asks the database whether the
 * session is live on every request, so a sign-out is refused at once. A verdict lapses at the
 * token's `exp` and after `maxAgeMs` (60 s), so a key withdrawn from the JWKS stops being
 * honoured about as soon as jose's own key cache would notice.
 *
 * @example
 * const verdicts = createVerifiedTokens()
 * const claims = verdicts.get(token) ?? verdicts.set(token, await verifyStrictly(token))
 */
export function createVerifiedTokens(options: VerifiedTokensOptions = {}) {
  const maxEntries = options.maxEntries ?? 10_000
  const maxAgeMs = options.maxAgeMs ?? 60_000
  const now = options.now ?? Date.now
  const verdicts = new Map<string, Verdict>()
  const keyOf = (token: string) => createHash('sha256').update(token).digest('base64url')

  return {
    /** The claims of `token` when its verdict still stands, else undefined. */
    get(token: string): JwtClaims | undefined {
      const key = keyOf(token)
      const verdict = verdicts.get(key)
      if (!verdict) return undefined
      verdicts.delete(key)
      if (now() >= verdict.until) return undefined
      // Re-inserting moves it to the end, so Map order is least recently used first.
      verdicts.set(key, verdict)
      return verdict.claims
    },
    /** Remembers that `token` verified to `claims`; returns them. */
    set(token: string, claims: JwtClaims): JwtClaims {
      const at = now()
      const expiresAt = typeof claims.exp === 'number' ? claims.exp * 1000 : at
      const notBefore = typeof claims.nbf === 'number' ? claims.nbf * 1000 : 0
      if (notBefore > at) return claims
      const key = keyOf(token)
      verdicts.delete(key)
      verdicts.set(key, {
        claims: Object.freeze(claims),
        until: Math.min(at + maxAgeMs, expiresAt),
      })
      for (const [oldest] of verdicts) {
        if (verdicts.size <= maxEntries) break
        verdicts.delete(oldest)
      }
      return claims
    },
    size: () => verdicts.size,
  }
}
