import postgres from 'postgres'
import {
  transactionMode,
  type Database,
  type Queryable,
  type TransactionOptions,
} from './database.ts'

type Sql = postgres.Sql | postgres.TransactionSql | postgres.ReservedSql

function wrap(sql: Sql): Queryable {
  const savepoint: Queryable['savepoint'] =
    'savepoint' in sql
      ? (work) => sql.savepoint((inner) => work(wrap(inner))) as Promise<never>
      : undefined
  return {
    ...(savepoint ? { savepoint } : {}),
    async query<T>(text: string, params: readonly unknown[] = []) {
      const rows = await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[])
      return rows as unknown as T[]
    },
    async exec(script: string) {
      await sql.unsafe(script)
    },
  }
}

/**
 * One transaction on a connection of its own, with BEGIN sent ahead of `work`'s first
 * statements rather than awaited before them (postgres.js's sql.begin waits a round trip for
 * it): they follow it down the connection in order. A statement that fails aborts the
 * transaction, and PostgreSQL then answers COMMIT with ROLLBACK: that is an error here, so a
 * failure `work` swallowed is never reported as committed.
 */
async function pipelinedTransaction<T>(
  sql: postgres.Sql,
  work: (tx: Queryable) => Promise<T>,
  options: TransactionOptions | undefined,
): Promise<T> {
  const connection = await sql.reserve()
  try {
    // Its failure shows in every statement behind it.
    connection.unsafe(`begin ${transactionMode(options)}`).catch(() => undefined)
    let result: T
    try {
      result = await work(wrap(connection))
    } catch (error) {
      await connection.unsafe('rollback').catch(() => undefined)
      throw error
    }
    const end = await connection.unsafe('commit')
    if (end.command !== 'COMMIT') throw new Error('the transaction failed and was rolled back')
    return result
  } finally {
    connection.release()
  }
}

/** Connects to a PostgreSQL or Supabase server. */
export async function openPostgres(url: string): Promise<Database> {
  const sql = postgres(url, {
    // Supabase's transaction pooler cannot keep prepared statements between transactions.
    prepare: false,
    max: 10,
    onnotice: () => {},
    types: {
      int8: { to: 20, from: [20], serialize: String, parse: Number },
      date: { to: 1082, from: [1082], serialize: String, parse: (value: string) => value },
      // Values are bounded well inside a double's exact range (value-register.ts).
      numeric: { to: 1700, from: [1700], serialize: String, parse: Number },
    },
  })
  await sql`select 1`
  const direct = wrap(sql)
  return {
    kind: 'postgres',
    query: direct.query,
    exec: direct.exec,
    transaction: (work, options) => pipelinedTransaction(sql, work, options),
    close: () => sql.end({ timeout: 5 }),
  }
}
