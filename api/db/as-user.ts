import { isUuid } from '../contract/uuid.ts'
import type { Database, Queryable, TransactionOptions } from './database.ts'

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

export type AsUserOptions = TransactionOptions

const owner = Symbol('the database as its owner')

/**
 * The database as the routes get it: it opens a transaction as a signed-in user (`asUser`) and
 * nothing else, so row-level security decides everything a route reads or writes. Only the
 * places that hold the `Database` itself (migrations, the purge, the seed, the health check,
 * each named where the app is put together) can run SQL as the owner.
 */
export interface UserDatabase {
  readonly kind: Database['kind']
  readonly [owner]: Database
}

/**
 * The handle the routes get for `db`.
 *
 * @example
 * const users = forUsers(db)
 * await asUser(users, claims, (tx) => tx.query('select * from public.accounts'))
 */
export function forUsers(db: Database): UserDatabase {
  return { kind: db.kind, [owner]: db }
}

const isUserDatabase = (db: Database | UserDatabase): db is UserDatabase => owner in db

/**
 * The token is genuine but its session was signed out or revoked, or its user deleted, banned or
 * removed from every organisation (`removed`): requireUser answers 401.
 */
export class SessionEndedError extends Error {
  constructor(readonly removed = false) {
    super(
      removed
        ? 'You are no longer a member of an organisation here'
        : 'This session has ended: sign in again',
    )
    this.name = 'SessionEndedError'
  }
}

const setClaims = `set_config('request.jwt.claims', $1, true), set_config('role', 'authenticated', true)`

/**
 * Runs `work` in one transaction as the signed-in user, so row-level security decides every
 * row it reads or writes — the same way PostgREST does on Supabase. When the claims name a
 * session (every token requireUser lets through does), the statement that sets the role and
 * the claims also asks whether the session is still live (public.session_state) and a dead
 * one throws SessionEndedError: a signed-out token is refused at once, on every instance.
 *
 * That statement is not awaited before `work` starts: `work`'s first statements follow it down
 * the same connection (postgres.js pipelines them), so they run after it, as the user, and the
 * check costs no round trip of its own. The answer is awaited before the transaction ends, and
 * a dead session rolls back whatever `work` did and wins over any error it threw: nothing is
 * committed or answered for it.
 *
 * @example
 * const accounts = await asUser(db, claims, (tx) => tx.query('select * from public.accounts'))
 * const page = await asUser(db, claims, readPage, { isolation: 'repeatable read' })
 */
export async function asUser<T>(
  handle: Database | UserDatabase,
  claims: JwtClaims,
  work: (tx: Queryable) => Promise<T>,
  options: AsUserOptions = {},
): Promise<T> {
  const session = claims.session_id
  if (session !== undefined && (!isUuid(session) || !isUuid(claims.sub))) {
    throw new SessionEndedError()
  }
  const db = isUserDatabase(handle) ? handle[owner] : handle
  return db.transaction(async (tx) => {
    const json = JSON.stringify(claims)
    // The function is checked and run with the connection's rights whatever the role set beside it.
    const opening =
      session === undefined
        ? tx.query<{ state: string }>(`select 'live' as state, ${setClaims}`, [json])
        : tx.query<{ state: string }>(
            `select public.session_state($2, $3) as state, ${setClaims}`,
            [json, session, claims.sub],
          )
    const [check, done] = await Promise.allSettled([
      opening,
      Promise.resolve().then(() => work(tx)),
    ])
    if (check.status === 'rejected') throw check.reason
    const state = check.value[0]?.state
    if (state !== 'live') throw new SessionEndedError(state === 'removed')
    if (done.status === 'rejected') throw done.reason
    return done.value
  }, options)
}
