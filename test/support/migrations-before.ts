import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const migrationsDir = fileURLToPath(new URL('../../supabase/migrations/', import.meta.url))

/** The project's migrations, in the order they apply. */
export async function migrationNames(): Promise<string[]> {
  return (await readdir(migrationsDir)).filter((name) => name.endsWith('.sql')).sort()
}

export interface MigrationsSoFar {
  /** Pass as `migrate`'s `migrationsDir`. */
  dir: string
  /** Brings these migrations in, as the next release would. */
  add(names: string[]): Promise<void>
  remove(): Promise<void>
}

/**
 * A migrations folder holding every migration before `first`, so a database migrated from it
 * stands as one in use did then, with rows written before `first` applies.
 *
 * @example
 * const folder = await migrationsBefore('20261201000100_value_and_scorecards.sql')
 * await migrate(db, { bootstrap: true, migrationsDir: folder.dir })
 * await folder.add(['20261201000100_value_and_scorecards.sql'])
 */
export async function migrationsBefore(first: string): Promise<MigrationsSoFar> {
  const dir = await mkdtemp(join(tmpdir(), 'liaison-migrations-'))
  const add = async (names: string[]) => {
    for (const name of names) await copyFile(join(migrationsDir, name), join(dir, name))
  }
  await add((await migrationNames()).filter((name) => name < first))
  return { dir, add, remove: () => rm(dir, { recursive: true, force: true }) }
}
