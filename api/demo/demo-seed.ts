import { hashPassword } from '../auth/password.ts'
import type { Database, Queryable } from '../db/database.ts'
import { buildDemoData, demoOrgId } from './demo-data.ts'
import { demoTablePlans, type TablePlan } from './tables.ts'
import type { DemoData } from './types.ts'

export interface SeedDemoOptions {
  /** Defaults to now; every demo date is relative to its UTC day. */
  anchor?: Date
  /**
   * Whose auth the demo users sign in with: Liaison's own (scrypt hashes, the default) or a real
   * Supabase project's GoTrue (bcrypt through pgcrypto, plus an email identity per user).
   */
  auth?: 'local' | 'supabase'
}

/**
 * One parametrised statement per table: the rows travel as one JSON parameter and
 * jsonb_populate_recordset types them by the table's own columns (uuid[] and dates included).
 * On PGlite this is about twice as fast as a multi-row VALUES with a parameter per cell.
 */
async function insertPlan(tx: Queryable, plan: TablePlan) {
  const names = plan.columns.map((column) => column.name).join(', ')
  const rows = plan.rows.map((row) =>
    Object.fromEntries(plan.columns.map((column, index) => [column.name, row[index]])),
  )
  await tx.query(
    `insert into ${plan.table} (${names})
     select ${names} from jsonb_populate_recordset(null::${plan.table}, $1::text::jsonb)`,
    [JSON.stringify(rows)],
  )
}

async function insertUsers(
  tx: Queryable,
  data: DemoData,
  auth: 'local' | 'supabase',
  hash: string,
) {
  // Accounts look months old, so "member since" reads like a real office.
  const joined = new Date(data.day0.getTime() - 200 * 86_400_000)
  const appMeta = JSON.stringify({ provider: 'email', providers: ['email'] })
  for (const user of data.users) {
    const userMeta = JSON.stringify({ display_name: user.display_name })
    const params = [user.id, user.email, joined, appMeta, userMeta]
    if (auth === 'local') {
      await tx.query(
        `insert into auth.users (id, aud, role, email, encrypted_password, email_confirmed_at,
           raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
         values ($1::uuid, 'authenticated', 'authenticated', $2::text, $6::text, $3::timestamptz,
           $4::text::jsonb, $5::text::jsonb, $3::timestamptz, $3::timestamptz)`,
        [...params, hash],
      )
      continue
    }
    // GoTrue reads these token columns as strings and fails on NULL.
    await tx.query(
      `insert into auth.users (instance_id, id, aud, role, email, encrypted_password,
         email_confirmed_at, raw_app_meta_data, raw_user_meta_data, created_at, updated_at,
         confirmation_token, recovery_token, email_change_token_new, email_change)
       values ('00000000-0000-0000-0000-000000000000', $1::uuid, 'authenticated',
         'authenticated', $2::text, extensions.crypt($6::text, extensions.gen_salt('bf')),
         $3::timestamptz, $4::text::jsonb, $5::text::jsonb, $3::timestamptz, $3::timestamptz,
         '', '', '', '')`,
      [...params, data.password],
    )
    await tx.query(
      `insert into auth.identities (id, user_id, provider_id, provider, identity_data,
         created_at, updated_at)
       values ($1::uuid, $1::uuid, $1::text, 'email', $2::text::jsonb, $3::timestamptz,
         $3::timestamptz)`,
      [user.id, JSON.stringify({ sub: user.id, email: user.email }), joined],
    )
  }
}

async function demoExists(db: Queryable) {
  const rows = await db.query('select 1 from public.orgs where id = $1', [demoOrgId])
  return rows.length > 0
}

/**
 * Writes the demo (both orgs, their users and every row) in one transaction as the owner
 * connection, which RLS does not restrict, the first time only: when the demo org exists it
 * does nothing, so edits made while trying the app survive restarts.
 *
 * @example
 * const { seeded } = await seedDemo(db) // false on every start after the first
 */
export async function seedDemo(
  db: Database,
  options: SeedDemoOptions = {},
): Promise<{ seeded: boolean }> {
  // Checked before building and hashing, so a normal start costs one query.
  if (await demoExists(db)) return { seeded: false }
  const data = buildDemoData(options.anchor ?? new Date())
  const auth = options.auth ?? 'local'
  // One hash for all: they share a published password anyway, and each scrypt costs ~0.2 s.
  const hash = auth === 'local' ? await hashPassword(data.password) : ''
  return db.transaction(async (tx) => {
    // Two processes starting on an empty database must not both seed it.
    await tx.query('select pg_advisory_xact_lock(727412)')
    if (await demoExists(tx)) return { seeded: false }
    await insertUsers(tx, data, auth, hash)
    for (const plan of demoTablePlans(data)) await insertPlan(tx, plan)
    return { seeded: true }
  })
}
