/** `npm run seed:demo`: writes the demo data into DATABASE_URL once (migrating it first). */
import { loadEnv } from '../env.ts'
import { openDatabase } from '../db/database.ts'
import { buildDemoData } from './demo-data.ts'
import { seedDemo } from './demo-seed.ts'
import { migrate } from '../db/migrate.ts'

try {
  const env = loadEnv()
  if (!env.databaseUrl) {
    console.log('DATABASE_URL is not set: the embedded database seeds itself on first start.')
    process.exit(0)
  }
  const db = await openDatabase({ url: env.databaseUrl })
  try {
    const { applied } = await migrate(db, { bootstrap: !env.supabase })
    if (applied.length) console.log(`Applied ${applied.join(', ')}`)
    const started = performance.now()
    // With Supabase Auth in front, the users need GoTrue's bcrypt hashes and identities.
    const { seeded } = await seedDemo(db, { auth: env.supabase ? 'supabase' : 'local' })
    const ms = Math.round(performance.now() - started)
    if (!seeded) {
      console.log('The demo org is already there; nothing written.')
    } else {
      const data = buildDemoData(new Date())
      const counts = (
        [
          'accounts',
          'contacts',
          'checkins',
          'action_items',
          'value_items',
          'value_updates',
          'scorecards',
          'forums',
          'decisions',
          'risks',
        ] as const
      )
        .map((table) => `${data[table].length} ${table}`)
        .join(', ')
      console.log(`Seeded the demo in ${ms} ms: ${data.orgs.length} orgs, ${counts}.`)
      console.log(`Sign in with password "${data.password}" as:`)
      for (const member of data.members) console.log(`  ${member.email} (${member.role})`)
    }
  } finally {
    await db.close()
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
