/**
 * One small interface over the two databases Liaison runs on: PGlite (embedded, on disk) and a
 * real PostgreSQL or Supabase server through postgres.js. Everything above this file speaks SQL
 * with `$1` parameters and never knows which one it has.
 *
 * @example
 * const db = await openDatabase({ dataDir: '.data/pg' })
 * const rows = await db.transaction((tx) => tx.query<{ n: number }>('select 1 as n'))
 */
export interface Queryable {
  /** Runs one parametrised statement and returns its rows. */
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>
  /** Runs a script of several statements with no parameters (migrations). */
  exec(script: string): Promise<void>
  /**
   * Inside a transaction, on drivers that need it (postgres.js fails the whole transaction on
   * any error unless it happened in its own savepoint): runs `work` in a savepoint, rolled back
   * to when `work` throws. Where absent, plain SAVEPOINT statements do the same.
   */
  savepoint?<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
}

export type IsolationLevel = 'read committed' | 'repeatable read' | 'serializable'

const isolationLevels: ReadonlySet<string> = new Set<IsolationLevel>([
  'read committed',
  'repeatable read',
  'serializable',
])

export interface TransactionOptions {
  /** The transaction's isolation level; PostgreSQL's default (read committed) when absent. */
  isolation?: IsolationLevel
}

/**
 * The words after BEGIN (or SET TRANSACTION) for `options`; '' for the default. Only the known
 * levels pass, since the text is put into SQL.
 *
 * @example
 * transactionMode({ isolation: 'repeatable read' }) // 'isolation level repeatable read'
 */
export function transactionMode(options: TransactionOptions = {}): string {
  const { isolation } = options
  return isolation && isolationLevels.has(isolation) ? `isolation level ${isolation}` : ''
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres'
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>, options?: TransactionOptions): Promise<T>
  close(): Promise<void>
}

export type DatabaseOptions = { url: string } | { dataDir: string } | { memory: true }

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if ('url' in options) {
    const { openPostgres } = await import('./postgres-database.ts')
    return openPostgres(options.url)
  }
  const { openPglite } = await import('./pglite-database.ts')
  return openPglite('dataDir' in options ? options.dataDir : undefined)
}
