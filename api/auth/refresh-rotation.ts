/** GoTrue's default `GOTRUE_SECURITY_REFRESH_TOKEN_REUSE_INTERVAL`. */
export const DEFAULT_REUSE_INTERVAL_SECONDS = 10

export interface PresentedRefreshToken {
  revoked: boolean
  /** False once the session is signed out or its user deleted. */
  sessionOpen: boolean
  userBanned: boolean
  /** When this token was first exchanged (its first child was issued), or null if never. */
  rotatedAt: Date | null
}

/**
 * - `rotate`: the live token; revoke it and issue its child.
 * - `reissue`: a token rotated moments ago, presented again — a response lost on the way or two
 *   tabs refreshing together. Answer with the session's live token again (GoTrue's "currently
 *   active" token), not a second one.
 * - `reuse`: a rotated token presented after the grace period — it was copied. Revoke the
 *   whole session so neither the thief's nor the owner's tokens work any longer.
 * - `closed`: the session was signed out or its user deleted; nothing to refresh.
 * - `banned`: the user is banned for now.
 */
export type RefreshDecision = 'rotate' | 'reissue' | 'reuse' | 'closed' | 'banned'

/**
 * Decides what presenting a refresh token does, the way GoTrue does with rotation enabled.
 *
 * @example
 * decideRefresh({ revoked: false, sessionOpen: true, userBanned: false, rotatedAt: null },
 *   new Date(), 10) // 'rotate'
 */
export function decideRefresh(
  token: PresentedRefreshToken,
  now: Date,
  reuseIntervalSeconds: number,
): RefreshDecision {
  if (!token.sessionOpen) return 'closed'
  if (token.userBanned) return 'banned'
  if (!token.revoked) return 'rotate'
  if (token.rotatedAt && now.getTime() - token.rotatedAt.getTime() <= reuseIntervalSeconds * 1000) {
    return 'reissue'
  }
  return 'reuse'
}
