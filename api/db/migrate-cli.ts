/** `npm run db:migrate`: applies the migrations to DATABASE_URL (the bootstrap too, off Supabase). */
import { EnvError, loadEnv } from '../env.ts'
import { openDatabase } from './database.ts'
import { migrate, schemaVersion } from './migrate.ts'

try {
  const env = loadEnv()
  if (!env.databaseUrl) {
    throw new EnvError(
      'Invalid DATABASE_URL: not set (the embedded database migrates itself on `npm start`)',
    )
  }
  const db = await openDatabase({ url: env.databaseUrl })
  try {
    const { applied } = await migrate(db, { bootstrap: !env.supabase })
    const version = await schemaVersion(db)
    console.log(applied.length ? `Applied ${applied.join(', ')}` : 'Nothing to apply')
    console.log(`Schema version ${version ?? 'none'}`)
  } finally {
    await db.close()
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
