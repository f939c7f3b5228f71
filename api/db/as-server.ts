import type { Queryable } from './database.ts'

/**
 * Inside `asUser`'s transaction, runs `work` as the database owner (the connection's own role)
 * and then goes back to `authenticated`: for the logs that only the server reads and writes
 * (sync_rejections, sync_conflicts), which the Data API's `authenticated` may not touch. The
 * API's login role owns the tables; PostgREST's `authenticator` does not, so a browser cannot
 * do the same. On an error the caller's savepoint or rollback restores the role.
 */
export async function asServer<T>(tx: Queryable, work: (tx: Queryable) => Promise<T>): Promise<T> {
  await tx.query(`select set_config('role', 'none', true)`)
  const result = await work(tx)
  await tx.query(`select set_config('role', 'authenticated', true)`)
  return result
}
