import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mayWrite, memberRoles, type MemberRole } from '../../api/contract/roles.ts'
import type { TableName } from '../../api/contract/tables.ts'
import { asUser } from '../../api/db/as-user.ts'
import type { Database, Queryable } from '../../api/db/database.ts'
import { createAccount, createOrg } from '../support/fixtures.ts'
import { databaseTargets } from '../support/test-databases.ts'

// api/contract/roles.ts says who may write each table; row-level security decides. Each role
// tries one valid insert and one update of an existing row per table, rolled back, and must
// succeed exactly when mayWrite says so.
// Every table, operation and column of a relationship, with authors and admins' tables, is
// also in supabase/tests/15-role-matrix.test.sql, generated from the same contract.

/** Thrown to roll a probe back, so that nothing it wrote stays in a shared database. */
class RolledBack extends Error {}

type Probed = Extract<
  TableName,
  | 'contacts'
  | 'forums'
  | 'forum_members'
  | 'action_items'
  | 'value_items'
  | 'scorecards'
  | 'decisions'
  | 'risks'
>

interface Place {
  orgId: string
  accountId: string
  vendorId: string
  forumId: string
}

// One valid insert per table into the place's org; a scorecard in `period`, as each holds a slot.
const inserts: Record<Probed, (p: Place, period?: string) => [string, unknown[]]> = {
  contacts: (p) => [
    `insert into public.contacts (org_id, account_id, name) values ($1, $2, 'Probe')`,
    [p.orgId, p.accountId],
  ],
  forums: (p) => [`insert into public.forums (org_id, name) values ($1, 'Probe')`, [p.orgId]],
  forum_members: (p) => [
    `insert into public.forum_members (org_id, forum_id, account_id) values ($1, $2, $3)`,
    [p.orgId, p.forumId, p.vendorId],
  ],
  action_items: (p) => [
    `insert into public.action_items (org_id, account_id, title) values ($1, $2, 'Probe')`,
    [p.orgId, p.accountId],
  ],
  value_items: (p) => [
    `insert into public.value_items (org_id, account_id, vendor_account_id, title)
     values ($1, $2, $3, 'Probe')`,
    [p.orgId, p.accountId, p.vendorId],
  ],
  scorecards: (p, period = '2019-Q1') => [
    `insert into public.scorecards (org_id, vendor_account_id, agency_account_id, period)
     values ($1, $2, $3, $4)`,
    [p.orgId, p.vendorId, p.accountId, period],
  ],
  decisions: (p) => [
    `insert into public.decisions (org_id, forum_id, account_id, title)
     values ($1, $2, $3, 'Probe')`,
    [p.orgId, p.forumId, p.accountId],
  ],
  risks: (p) => [
    `insert into public.risks (org_id, account_id, vendor_account_id, title, likelihood, impact)
     values ($1, $2, $3, 'Probe', 2, 3)`,
    [p.orgId, p.accountId, p.vendorId],
  ],
}
const probed = Object.keys(inserts) as Probed[]

describe.each(databaseTargets())('roles.ts and row-level security agree on $name', (target) => {
  let db: Database
  let place: Place
  let users: Partial<Record<MemberRole, { id: string }>>
  const existing = new Map<Probed, string>()

  beforeAll(async () => {
    db = await target.open()
    const org = await createOrg(db, 'Roles State', [...memberRoles])
    users = org.users
    const accountId = await createAccount(db, org.orgId, 'Department of Lands')
    const vendorId = await createAccount(db, org.orgId, 'Landco', 'vendor')
    const [forum] = await db.query<{ id: string }>(
      `insert into public.forums (org_id, name) values ($1, 'Lands board') returning id`,
      [org.orgId],
    )
    place = { orgId: org.orgId, accountId, vendorId, forumId: forum?.id ?? '' }
    for (const table of probed) {
      const [sql, params] = inserts[table](place, '2018-Q4')
      const [row] = await db.query<{ id: string }>(`${sql} returning id`, params)
      existing.set(table, row?.id ?? '')
    }
  })
  afterAll(() => db.close())

  /** 'yes' when the role's statement took effect (then rolled back), 'no' when RLS refused it. */
  async function attempt(role: MemberRole, write: (tx: Queryable) => Promise<boolean>) {
    const claims = { sub: users[role]?.id ?? '', role: 'authenticated' }
    try {
      await asUser(db, claims, async (tx) => {
        if (!(await write(tx))) return
        throw new RolledBack()
      })
      return 'no'
    } catch (error) {
      if (error instanceof RolledBack) return 'yes'
      if ((error as { code?: string }).code === '42501') return 'no'
      throw error
    }
  }

  it('lets each role insert and update exactly the tables mayWrite names', async () => {
    const disagreements: string[] = []
    for (const table of probed) {
      for (const role of memberRoles) {
        const inserted = await attempt(role, async (tx) => {
          await tx.query(...inserts[table](place))
          return true
        })
        const updated = await attempt(role, async (tx) => {
          const rows = await tx.query(
            `update public.${table} set deleted_at = deleted_at where id = $1 returning id`,
            [existing.get(table)],
          )
          return rows.length === 1
        })
        const expected = mayWrite(role, table) ? 'yes' : 'no'
        if (inserted !== expected || updated !== expected) {
          disagreements.push(
            `${table.padEnd(14)} ${role.padEnd(8)} mayWrite: ${expected.padEnd(4)}` +
              `insert: ${inserted.padEnd(4)}update: ${updated}`,
          )
        }
      }
    }
    expect(disagreements.join('\n'), 'the tables and roles where SQL and mayWrite disagree').toBe(
      '',
    )
  })
})
