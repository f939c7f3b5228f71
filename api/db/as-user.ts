import { HTTPException } from 'hono/http-exception'
import { isUuid } from '../auth/gotrue-user.ts'
import type { Database, Queryable } from './database.ts'

/** The verified claims of an access token, as Supabase puts them in `request.jwt.claims`. */
export interface JwtClaims {
  sub: string
  role: string
  aud?: string | string[]
  email?: string
  exp?: number
  session_id?: string
  [claim: string]: unknown
}

export interface AsUserOptions {
  /** The transaction's isolation level; PostgreSQL's default (read committed) when absent. */
  isolation?: 'read committed' | 'repeatable read' | 'serializable'
}

/**
 * The token is genuine but its session was signed out or revoked, or its user deleted, banned or
 * removed from every organisation: requireUser answers 401.
 */
export class SessionEndedError extends HTTPException {
  constructor() {
    super(401, { message: 'This session has ended: sign in again' })
    this.name = 'SessionEndedError'
  }
}

const isolationLevels = new Set(['read committed', 'repeatable read', 'serializable'])

/**
 * Runs `work` in one transaction as the signed-in user, so row-level security decides every
 * row it reads or writes — the same way PostgREST does on Supabase. When the claims name a
 * session (every token requireUser lets through does), the same first statement asks whether it
 * is still live (public.session_is_live) and throws SessionEndedError when not: a signed-out
 * token is refused at once, on every instance, at no extra round trip.
 *
 * @example
 * const accounts = await asUser(db, claims, (tx) => tx.query('select * from public.accounts'))
 * const page = await asUser(db, claims, readPage, { isolation: 'repeatable read' })
 */
export function asUser<T>(
  db: Database,
  claims: JwtClaims,
  work: (tx: Queryable) => Promise<T>,
  options: AsUserOptions = {},
): Promise<T> {
  return db.transaction(async (tx) => {
    const { isolation } = options
    // Must be the transaction's first statement; the set guards the interpolation.
    if (isolation && isolationLevels.has(isolation)) {
      await tx.query(`set transaction isolation level ${isolation}`)
    }
    const setClaims = `set_config('request.jwt.claims', $1, true), set_config('role', 'authenticated', true)`
    if (claims.session_id === undefined) {
      await tx.query(`select ${setClaims}`, [JSON.stringify(claims)])
      return work(tx)
    }
    if (!isUuid(claims.session_id) || !isUuid(claims.sub)) throw new SessionEndedError()
    // The function is checked and run with the connection's rights whatever the role set beside it.
    const [check] = await tx.query<{ live: boolean }>(
      `select public.session_is_live($2, $3) as live, ${setClaims}`,
      [JSON.stringify(claims), claims.session_id, claims.sub],
    )
    if (!check?.live) throw new SessionEndedError()
    return work(tx)
  })
}
