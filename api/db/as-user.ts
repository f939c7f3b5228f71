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

/**
 * Runs `work` in one transaction as the signed-in user, so row-level security decides every
 * row it reads or writes — the same way PostgREST does on Supabase.
 *
 * @example
 * const accounts = await asUser(db, claims, (tx) => tx.query('select * from public.accounts'))
 */
export function asUser<T>(
  db: Database,
  claims: JwtClaims,
  work: (tx: Queryable) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query(
      `select set_config('request.jwt.claims', $1, true), set_config('role', 'authenticated', true)`,
      [JSON.stringify(claims)],
    )
    return work(tx)
  })
}
