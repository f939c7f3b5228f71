import { openDatabase, type Database } from '../../api/db/database.ts'
import { migrate } from '../../api/db/migrate.ts'
import { openMigratedPglite } from './pglite-template.ts'

export interface DatabaseTarget {
  name: 'pglite' | 'postgres'
  /** A migrated database: a fresh in-memory PGlite, or the shared server of DATABASE_URL. */
  open(): Promise<Database>
}

const pglite: DatabaseTarget = {
  name: 'pglite',
  open: openMigratedPglite,
}

/**
 * The databases an integration suite runs against: PGlite always, and the real PostgreSQL of
 * DATABASE_URL when it is set (CI sets it). Tests on the shared server create their own orgs
 * and users with fresh ids, so they never depend on what else is there.
 *
 * @example
 * describe.each(databaseTargets())('sign-in on $name', (target) => { ... })
 */
export function databaseTargets(): DatabaseTarget[] {
  const url = process.env.DATABASE_URL
  if (!url) return [pglite]
  return [
    pglite,
    {
      name: 'postgres',
      async open() {
        const db = await openDatabase({ url })
        await migrate(db, { bootstrap: true })
        return db
      },
    },
  ]
}
