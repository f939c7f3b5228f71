import { readdir, readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { Database } from './database.ts'

const supabaseDir = fileURLToPath(new URL('../../supabase/', import.meta.url))

export interface MigrateOptions {
  /** Create what Supabase already has (roles, the auth schema) and the local auth's tables. */
  bootstrap: boolean
  migrationsDir?: string
  bootstrapDir?: string
}

async function sqlFiles(dir: string) {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.sql')).sort()
  return Promise.all(
    names.map(async (name) => ({ name, sql: await readFile(`${dir}/${name}`, 'utf8') })),
  )
}

/**
 * Applies the bootstrap scripts (idempotent, every time) and then each migration of
 * `supabase/migrations` not yet recorded, in name order, all in one transaction, recorded
 * in `supabase_migrations.schema_migrations` as the Supabase CLI does.
 */
export async function migrate(
  db: Database,
  options: MigrateOptions,
): Promise<{ applied: string[] }> {
  const migrationsDir = options.migrationsDir ?? `${supabaseDir}migrations`
  const bootstrapDir = options.bootstrapDir ?? `${supabaseDir}bootstrap`
  const applied: string[] = []
  await db.transaction(async (tx) => {
    // Two processes starting together must not apply the same migration twice.
    await tx.query('select pg_advisory_xact_lock(727411)')
    if (options.bootstrap) {
      for (const file of await sqlFiles(bootstrapDir)) await tx.exec(file.sql)
    }
    await tx.exec(`
      create schema if not exists supabase_migrations;
      create table if not exists supabase_migrations.schema_migrations (
        version text primary key, statements text[], name text);`)
    const done = await tx.query<{ version: string }>(
      'select version from supabase_migrations.schema_migrations',
    )
    const known = new Set(done.map((row) => row.version))
    for (const file of await sqlFiles(migrationsDir)) {
      const [version, ...rest] = file.name.replace(/\.sql$/, '').split('_')
      if (!version || known.has(version)) continue
      await tx.exec(file.sql)
      await tx.query(
        'insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)',
        [version, rest.join('_'), [file.sql]],
      )
      applied.push(file.name)
    }
  })
  return { applied }
}

/** The newest recorded migration version, or null before the first. */
export async function schemaVersion(db: Database): Promise<string | null> {
  const rows = await db.query<{ version: string | null }>(
    `select max(version) as version from supabase_migrations.schema_migrations`,
  )
  return rows[0]?.version ?? null
}
