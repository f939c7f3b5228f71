import { randomUUID } from 'node:crypto'
import type { Database } from '../../api/db/database.ts'
import { createAccount, createOrg, type Role } from '../support/fixtures.ts'
import type { BenchScope, QueuedRow } from './bench-api.ts'

export const pullCounts = { accounts: 500, contacts: 2500, checkins: 5000, action_items: 2000 }
export type PullCounts = typeof pullCounts

/** The large first download: 100 000 rows, the shape of the 10 000 one ten times over. */
export const bigPullCounts: PullCounts = {
  accounts: 2000,
  contacts: 20_000,
  checkins: 60_000,
  action_items: 18_000,
}

/** How many rows an org of these counts holds for its one member: the org, them, the rows. */
export const rowsOf = (counts: PullCounts) =>
  2 + Object.values(counts).reduce((sum, n) => sum + n, 0)

const uuidParam = '$1::uuid'

export type OrgCounts = PullCounts & { assigned: number }

// Five kinds of field notes, so a search for a word matches a fifth of the check-ins, not all.
const notes = `array[
  'Budget cut; the data-centre move slips to spring.',
  'Asked for the cloud roadmap before the board meets.',
  'Cyber insurance renewal worries the CISO.',
  'Permit backlog is down since the portal launch.',
  'Procurement of the ERP stalled over licensing.']`

/**
 * A fresh org of generated rows, one multi-row insert per table as the owner; its one member
 * (a manager unless `role` says otherwise) is the one who signs in, assigned to the first
 * `assigned` accounts. Check-ins are an hour apart,
 * newest now, spread round-robin over the accounts.
 */
export async function seedOrg(
  db: Database,
  name: string,
  counts: OrgCounts,
  role: Role = 'manager',
) {
  const { orgId, users } = await createOrg(db, name, [role])
  const user = users[role]
  if (!user) throw new Error(`the bench org has no ${role}`)
  const { accounts, contacts, checkins, action_items, assigned } = counts
  await db.query(
    `insert into public.accounts (org_id, kind, name, tier)
     select ${uuidParam}, (array['agency', 'vendor', 'partner', 'internal'])[1 + g % 4],
            'Department ' || g, (array['strategic', 'core', 'transactional'])[1 + g % 3]
       from generate_series(1, $2::int) g`,
    [orgId, accounts],
  )
  const numbered = `(select id, (row_number() over (order by id) - 1)::int as n
                       from public.accounts where org_id = ${uuidParam}) a`
  await db.query(
    `insert into public.assignments (org_id, account_id, user_id)
     select ${uuidParam}, a.id, $2::uuid from ${numbered} where a.n < $3::int`,
    [orgId, user.id, assigned],
  )
  await db.query(
    `insert into public.contacts (org_id, account_id, name, title, email)
     select ${uuidParam}, a.id, 'Contact ' || g, 'Deputy CIO', 'contact' || g || '@bench.test'
       from generate_series(0, $2::int - 1) g join ${numbered} on a.n = g % $3::int`,
    [orgId, contacts, accounts],
  )
  await db.query(
    `insert into public.checkins (org_id, account_id, author_id, occurred_at, kind, summary, notes,
                                  trust_pulse)
     select ${uuidParam}, a.id, $4::uuid, now() - g * interval '1 hour', 'visit',
            'Quarterly review ' || g, repeat((${notes})[1 + g % 5] || ' ', 4), 1 + g % 5
       from generate_series(0, $2::int - 1) g join ${numbered} on a.n = g % $3::int`,
    [orgId, checkins, accounts, user.id],
  )
  await db.query(
    `insert into public.action_items (org_id, account_id, checkin_id, title, owner_side, due_on)
     select ${uuidParam}, c.account_id, c.id, 'Send the roadmap', 'us', current_date + c.n % 60
       from (select id, account_id, (row_number() over (order by id))::int as n
               from public.checkins where org_id = ${uuidParam}) c
      where c.n <= $2::int`,
    [orgId, action_items],
  )
  return { orgId, user }
}

/**
 * The org an empty device downloads in the pull measurement: by default 10 000 rows (500
 * accounts, 2 500 contacts, 5 000 check-ins, 2 000 action items).
 */
export function seedPullOrg(db: Database, counts: PullCounts = pullCounts) {
  return seedOrg(db, 'Bench pull', { ...counts, assigned: 0 })
}

/** The field org of the screen measurements: 500 relationships and 10 000 check-ins. */
export const fieldCounts: OrgCounts = {
  accounts: 500,
  contacts: 2500,
  checkins: 10_000,
  action_items: 2000,
  assigned: 60,
}

/**
 * A fresh org with one manager and one account, where the pushed rows go.
 */
export async function createPushOrg(db: Database) {
  const { orgId, users } = await createOrg(db, 'Bench push', ['manager'])
  const user = users.manager
  if (!user) throw new Error('the bench org has no manager')
  const accountId = await createAccount(db, orgId)
  const scope: BenchScope = { userId: user.id, orgId, accountId }
  return { scope, user }
}

/**
 * The floor of a push: the same rows (new ids) in ONE statement, two multi-row inserts as the
 * owner — no HTTP, no row-level security, no per-row savepoint. Returns the milliseconds.
 */
export async function insertFloor(db: Database, rows: QueuedRow[], authorId: string) {
  const fresh = (table: QueuedRow['table']) =>
    JSON.stringify(
      rows.filter((row) => row.table === table).map((row) => ({ ...row.fields, id: randomUUID() })),
    )
  const contacts = fresh('contacts')
  const checkins = fresh('checkins')
  const start = performance.now()
  const [result] = await db.query<{ n: number }>(
    `with c as (
       insert into public.contacts (id, org_id, account_id, name, title, email, phone, influence)
       select * from jsonb_to_recordset($1::text::jsonb) as r (id uuid, org_id uuid,
         account_id uuid, name text, title text, email text, phone text, influence text)
       returning 1
     ), k as (
       insert into public.checkins (id, org_id, account_id, author_id, occurred_at, kind,
         attendee_contact_ids, summary, notes, trust_pulse, start_doing, stop_doing,
         continue_doing, strategic_invite, visibility, captured_at, forum_id)
       select r.id, r.org_id, r.account_id, $3::uuid, r.occurred_at, r.kind,
              r.attendee_contact_ids, r.summary, r.notes, r.trust_pulse, r.start_doing,
              r.stop_doing, r.continue_doing, r.strategic_invite, r.visibility, r.captured_at,
              r.forum_id
         from jsonb_to_recordset($2::text::jsonb) as r (id uuid, org_id uuid, account_id uuid,
           occurred_at timestamptz, kind text, attendee_contact_ids uuid[], summary text,
           notes text, trust_pulse int, start_doing text, stop_doing text, continue_doing text,
           strategic_invite boolean, visibility text, captured_at timestamptz, forum_id uuid)
       returning 1
     )
     select ((select count(*) from c) + (select count(*) from k))::int as n`,
    [contacts, checkins, authorId],
  )
  const ms = performance.now() - start
  if (result?.n !== rows.length) throw new Error(`floor inserted ${result?.n} of ${rows.length}`)
  return ms
}

// Children before the rows they point at.
const orgTables = [
  'risks',
  'decisions',
  'forum_members',
  'action_items',
  'checkins',
  'forums',
  'value_items',
  'contacts',
  'assignments',
  'accounts',
  'members',
]

/**
 * Removes the bench's orgs, their rows and log entries, and its users from a shared server, in
 * one transaction (children first).
 */
export async function removeBenchData(db: Database, orgIds: string[], userIds: string[]) {
  await db.transaction(async (tx) => {
    for (const table of orgTables) {
      await tx.query(`delete from public.${table} where org_id = any($1::uuid[])`, [orgIds])
    }
    await tx.query('delete from public.sync_conflicts where org_id = any($1::uuid[])', [orgIds])
    await tx.query('delete from public.sync_clients where user_id = any($1::uuid[])', [userIds])
    await tx.query('delete from public.orgs where id = any($1::uuid[])', [orgIds])
    await tx.query('delete from public.change_log where org_id = any($1::uuid[])', [orgIds])
    await tx.query('delete from auth.users where id = any($1::uuid[])', [userIds])
  })
}
