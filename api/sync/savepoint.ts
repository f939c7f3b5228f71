import type { Queryable } from '../db/database.ts'
import { pgErrorInfo } from './rejection.ts'

/**
 * Runs `work` in a savepoint of the current transaction: when it throws, its writes are
 * undone and the transaction goes on (no 25P02), and the error is rethrown. Uses the driver's
 * own savepoints where it has them (postgres.js needs that), plain SQL otherwise (PGlite).
 */
export async function inSavepoint<T>(
  tx: Queryable,
  work: (tx: Queryable) => Promise<T>,
): Promise<T> {
  if (tx.savepoint) return tx.savepoint(work)
  await tx.query('savepoint sync_mutation')
  try {
    const result = await work(tx)
    await tx.query('release savepoint sync_mutation')
    return result
  } catch (error) {
    await tx.query('rollback to savepoint sync_mutation')
    await tx.query('release savepoint sync_mutation')
    throw error
  }
}

/**
 * `inSavepoint`, answering null when the database refused the work (an error with a SQLSTATE,
 * undone): the caller then applies the same changes one by one to learn which failed and why.
 * Any other error (a lost connection, a bug) is thrown.
 */
export async function tryInSavepoint<T>(
  tx: Queryable,
  work: (tx: Queryable) => Promise<T>,
): Promise<T | null> {
  try {
    return await inSavepoint(tx, work)
  } catch (error) {
    if (pgErrorInfo(error)) return null
    throw error
  }
}
