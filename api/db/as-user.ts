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

const isolationLevels = new Set(['read committed', 'repeatable read', 'serializable'])

/**
 * Runs `work` in one transaction as the signed-in user, so row-level security decides every
 * row it reads or writes — the same way PostgREST does on Supabase.
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
    await tx.query(
      `select set_config('request.jwt.claims', $1, true), set_config('role', 'authenticated', true)`,
      [JSON.stringify(claims)],
    )
    return work(tx)
  })
}
