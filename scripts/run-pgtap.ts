/**
 * Runs the pgTAP suites of supabase/tests against the PostgreSQL server of DATABASE_URL, after
 * bringing its schema up to date the way the app does on start (bootstrap + migrations).
 * Usage:
 *   DATABASE_URL=postgres://app:app@127.0.0.1:5432/app node --import tsx scripts/run-pgtap.ts
 * Exits with pg_prove's status, so any failed assertion fails the run.
 */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { openDatabase } from '../api/db/database.ts'
import { migrate } from '../api/db/migrate.ts'

const testsDir = fileURLToPath(new URL('../supabase/tests/', import.meta.url))

async function migrateServer(url: string) {
  const db = await openDatabase({ url })
  try {
    const { applied } = await migrate(db, { bootstrap: true })
    if (applied.length > 0) console.log(`applied ${applied.join(', ')}`)
  } finally {
    await db.close()
  }
}

function prove(url: string): Promise<number> {
  // pg_prove hands --dbname to psql, which accepts a connection URI there.
  const child = spawn('pg_prove', ['--ext', '.sql', '--dbname', url, testsDir], {
    stdio: 'inherit',
  })
  return new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`cannot run pg_prove: ${error.message}`)
      resolve(127)
    })
    child.on('exit', (code) => resolve(code ?? 1))
  })
}

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL
  if (!url) {
    console.error(
      'Set DATABASE_URL to the server to test, e.g. postgres://app:app@127.0.0.1:5432/app',
    )
    return 2
  }
  await migrateServer(url)
  return prove(url)
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(
    `pgTAP run failed before the tests: ${error instanceof Error ? error.message : error}`,
  )
  return 1
})
