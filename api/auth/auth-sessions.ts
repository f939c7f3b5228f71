import type { Database, Queryable } from '../db/database.ts'
import { isUuid } from '../contract/uuid.ts'
import { createRefreshToken, hashRefreshToken, successorRefreshToken } from './issue-tokens.ts'
import { decideRefresh } from './refresh-rotation.ts'

export type LogoutScope = 'global' | 'local' | 'others'

async function insertRefreshToken(
  tx: Queryable,
  issued: { token: string; hash: string },
  sessionId: string,
  parentHash: string | null,
  now: Date,
): Promise<string> {
  await tx.query(
    `insert into auth.liaison_refresh_tokens (token_hash, session_id, parent_hash, created_at)
     values ($1, $2, $3, $4)`,
    [issued.hash, sessionId, parentHash, now],
  )
  return issued.token
}

// A replayed token's successors are followed this far down; a longer chain within the reuse
// interval is no honest client.
const maxReplayDepth = 8

/**
 * The session's live token reached from `parent` by successors (HMAC-derived), for a replay in
 * the reuse interval: the same answer the first exchange gave, or the token that replaced it
 * since. Null when the chain is not derived (issued before successors were) or too long.
 */
async function liveSuccessor(
  tx: Queryable,
  secret: Uint8Array,
  parent: string,
  sessionId: string,
): Promise<string | null> {
  let token = parent
  for (let depth = 0; depth < maxReplayDepth; depth += 1) {
    const child = successorRefreshToken(secret, token)
    const [row] = await tx.query<{ revoked: boolean }>(
      `select revoked from auth.liaison_refresh_tokens
       where token_hash = $1 and parent_hash = $2 and session_id = $3`,
      [child.hash, hashRefreshToken(token), sessionId],
    )
    if (!row) return null
    if (!row.revoked) return child.token
    token = child.token
  }
  return null
}

/**
 * Opens a session for a user who just proved their password, with its first refresh token,
 * and records the sign-in on the user.
 */
export function openSession(
  db: Database,
  input: { userId: string; userAgent: string | null; ip: string; now: Date },
): Promise<{ sessionId: string; refreshToken: string; createdAt: Date }> {
  return db.transaction(async (tx) => {
    const [session] = await tx.query<{ id: string; created_at: Date }>(
      `insert into auth.liaison_sessions (user_id, created_at, user_agent, ip)
       values ($1, $2, $3, $4) returning id, created_at`,
      [input.userId, input.now, input.userAgent, input.ip],
    )
    if (!session) throw new Error('session insert returned no row')
    await tx.query('update auth.users set last_sign_in_at = $2 where id = $1', [
      input.userId,
      input.now,
    ])
    const refreshToken = await insertRefreshToken(
      tx,
      createRefreshToken(),
      session.id,
      null,
      input.now,
    )
    return { sessionId: session.id, refreshToken, createdAt: session.created_at }
  })
}

export type RefreshOutcome =
  | {
      kind: 'issued'
      userId: string
      sessionId: string
      sessionCreatedAt: Date
      refreshToken: string
    }
  | { kind: 'not_found' | 'closed' | 'banned' | 'reuse' }

interface PresentedRow {
  token_hash: string
  revoked: boolean
  session_id: string
  user_id: string
  session_created_at: Date
  session_open: boolean
  user_banned: boolean
}

/**
 * Exchanges a refresh token for its successor (see refresh-rotation.ts for the rules). The
 * session row is locked, so a concurrent sign-out or exchange waits for this one. A detected
 * reuse commits the revocation and returns `reuse`; it does not throw, or it would roll back.
 * The successor is HMAC(refreshSecret, token), so a replay within the reuse interval is given
 * the session's live token again, as GoTrue does, rather than a second, independent one.
 */
export function exchangeRefreshToken(
  db: Database,
  token: string,
  options: { now: Date; reuseIntervalSeconds: number; refreshSecret: Uint8Array },
): Promise<RefreshOutcome> {
  const { now } = options
  return db.transaction(async (tx) => {
    const [row] = await tx.query<PresentedRow>(
      `select t.token_hash, t.revoked, t.session_id, s.user_id, s.created_at as session_created_at,
              s.revoked_at is null and u.deleted_at is null as session_open,
              coalesce(u.banned_until > $2, false) as user_banned
       from auth.liaison_refresh_tokens t
       join auth.liaison_sessions s on s.id = t.session_id
       join auth.users u on u.id = s.user_id
       where t.token_hash = $1
       for update of t, s`,
      [hashRefreshToken(token), now],
    )
    if (!row) return { kind: 'not_found' }
    // Read after the lock, in a statement of its own: a statement that waited for the lock still
    // sees the rows of its own snapshot, so it would miss the child a concurrent exchange just
    // committed and take a replay within the reuse interval for a reuse.
    const [rotation] = await tx.query<{ rotated_at: Date | null }>(
      `select min(created_at) as rotated_at from auth.liaison_refresh_tokens where parent_hash = $1`,
      [row.token_hash],
    )
    const decision = decideRefresh(
      {
        revoked: row.revoked,
        sessionOpen: row.session_open,
        userBanned: row.user_banned,
        rotatedAt: rotation?.rotated_at ?? null,
      },
      now,
      options.reuseIntervalSeconds,
    )
    if (decision === 'closed' || decision === 'banned') return { kind: decision }
    if (decision === 'reuse') {
      await closeSessions(tx, `id = $1`, [row.session_id], now)
      return { kind: 'reuse' }
    }
    if (decision === 'rotate') {
      await tx.query(
        'update auth.liaison_refresh_tokens set revoked = true where token_hash = $1',
        [row.token_hash],
      )
    }
    await tx.query('update auth.liaison_sessions set refreshed_at = $2 where id = $1', [
      row.session_id,
      now,
    ])
    const replayed =
      decision === 'reissue'
        ? await liveSuccessor(tx, options.refreshSecret, token, row.session_id)
        : null
    // A chain from before successors were derived falls back to an independent child.
    const issued =
      decision === 'rotate'
        ? successorRefreshToken(options.refreshSecret, token)
        : createRefreshToken()
    return {
      kind: 'issued',
      userId: row.user_id,
      sessionId: row.session_id,
      sessionCreatedAt: row.session_created_at,
      refreshToken:
        replayed ?? (await insertRefreshToken(tx, issued, row.session_id, row.token_hash, now)),
    }
  })
}

async function closeSessions(tx: Queryable, where: string, params: unknown[], now: Date) {
  const at = `$${params.length + 1}`
  await tx.query(
    `with closed as (
       update auth.liaison_sessions set revoked_at = ${at}
       where revoked_at is null and (${where}) returning id)
     update auth.liaison_refresh_tokens set revoked = true
     where session_id in (select id from closed) and not revoked`,
    [...params, now],
  )
}

/**
 * Signs out: `local` closes the token's own session, `others` every other session of the user,
 * `global` all of them. Their refresh tokens stop working at once; access tokens already
 * issued stay valid until they expire, as with Supabase.
 */
export function closeSessionsByScope(
  db: Database,
  input: { userId: string; sessionId: string; scope: LogoutScope; now: Date },
): Promise<void> {
  const byScope: Record<LogoutScope, string> = {
    global: 'user_id = $1',
    local: 'user_id = $1 and id = $2',
    others: 'user_id = $1 and id <> $2',
  }
  const params = input.scope === 'global' ? [input.userId] : [input.userId, input.sessionId]
  return db.transaction((tx) => closeSessions(tx, byScope[input.scope], params, input.now))
}

/**
 * Inside the caller's transaction (as the owner), ends every session of `userId` as a global
 * sign-out does: for a member an admin removed.
 *
 * @example
 * await asServer(tx, (owner) => closeUserSessions(owner, userId, new Date()))
 */
export function closeUserSessions(tx: Queryable, userId: string, now: Date): Promise<void> {
  return closeSessions(tx, 'user_id = $1', [userId], now)
}

/**
 * True while the session named in a token's `session_id` is open and belongs to its `sub`.
 */
export async function isSessionOpen(
  db: Queryable,
  claims: { sub: string; session_id?: unknown },
): Promise<boolean> {
  if (!isUuid(claims.session_id) || !isUuid(claims.sub)) return false
  const rows = await db.query(
    'select 1 from auth.liaison_sessions where id = $1 and user_id = $2 and revoked_at is null',
    [claims.session_id, claims.sub],
  )
  return rows.length > 0
}
