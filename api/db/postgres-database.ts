import postgres from 'postgres'
import { transactionMode, type Database, type Queryable } from './database.ts'

type Sql = postgres.Sql | postgres.TransactionSql

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
    // The mode rides on BEGIN itself: no separate SET TRANSACTION round trip.
    transaction: (work, options) =>
      sql.begin(transactionMode(options), (tx) => work(wrap(tx))) as Promise<never>,
    close: () => sql.end({ timeout: 5 }),
  }
}
