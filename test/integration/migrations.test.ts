import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asUser, type JwtClaims } from '../../api/db/as-user.ts'
import { openDatabase, type Database, type Queryable } from '../../api/db/database.ts'
import { migrate } from '../../api/db/migrate.ts'
import { migrationNames } from '../support/migrations-before.ts'
import { databaseTargets } from '../support/test-databases.ts'

async function migrationVersions() {
  return (await migrationNames()).map((name) => name.split('_')[0])
}

describe('migrations on a fresh PGlite', () => {
  let db: Database
  beforeAll(async () => {
    db = await openDatabase({ memory: true })
  })
  afterAll(() => db.close())

  it('applies every migration once, in order, and records each version', async () => {
    const versions = await migrationVersions()
    const first = await migrate(db, { bootstrap: true })
    expect(first.applied.map((name) => name.split('_')[0])).toEqual(versions)

    const second = await migrate(db, { bootstrap: true })
    expect(second.applied).toEqual([])

    const recorded = await db.query<{ version: string }>(
      'select version from supabase_migrations.schema_migrations order by version',
    )
    expect(recorded.map((row) => row.version)).toEqual(versions)
  })
})

interface Fixture {
  org1: string
  org2: string
  manager: string
  manager2: string
  viewer: string
  outsider: string
  account1: string
  account2: string
  privateCheckin: string
}

/**
 * Two orgs with fresh ids, because the server may be shared: org 1 has two managers and a
 * viewer, org 2 one manager; each org has an account, and org 1 a private check-in.
 */
async function createFixture(db: Database): Promise<Fixture> {
  const f: Fixture = {
    org1: randomUUID(),
    org2: randomUUID(),
    manager: randomUUID(),
    manager2: randomUUID(),
    viewer: randomUUID(),
    outsider: randomUUID(),
    account1: randomUUID(),
    account2: randomUUID(),
    privateCheckin: randomUUID(),
  }
  await db.transaction(async (tx) => {
    for (const user of [f.manager, f.manager2, f.viewer, f.outsider]) {
      await tx.query('insert into auth.users (id, email) values ($1, $2)', [
        user,
        `${user}@test.invalid`,
      ])
    }
    await tx.query(`insert into public.orgs (id, name) values ($1, 'One'), ($2, 'Two')`, [
      f.org1,
      f.org2,
    ])
    await tx.query(
      `insert into public.members (org_id, user_id, role) values
         ($1, $2, 'manager'), ($1, $3, 'manager'), ($1, $4, 'viewer'), ($5, $6, 'manager')`,
      [f.org1, f.manager, f.manager2, f.viewer, f.org2, f.outsider],
    )
    await tx.query(
      `insert into public.accounts (id, org_id, kind, name) values
         ($1, $2, 'agency', 'Health'), ($3, $4, 'agency', 'Transport')`,
      [f.account1, f.org1, f.account2, f.org2],
    )
    await tx.query(
      `insert into public.checkins (id, org_id, account_id, author_id, visibility)
       values ($1, $2, $3, $4, 'private')`,
      [f.privateCheckin, f.org1, f.account1, f.manager],
    )
  })
  return f
}

async function removeFixture(db: Database, f: Fixture) {
  const orgs = [f.org1, f.org2]
  await db.transaction(async (tx) => {
    for (const table of ['checkins', 'accounts', 'members']) {
      await tx.query(`delete from public.${table} where org_id = any($1::uuid[])`, [orgs])
    }
    await tx.query('delete from public.orgs where id = any($1::uuid[])', [orgs])
    await tx.query('delete from auth.users where id = any($1::uuid[])', [
      [f.manager, f.manager2, f.viewer, f.outsider],
    ])
  })
}

function claimsOf(user: string): JwtClaims {
  return { sub: user, role: 'authenticated', aud: 'authenticated' }
}

/** The SQLSTATE a piece of work failed with, or null when it succeeded. */
async function sqlState(work: Promise<unknown>): Promise<string | null> {
  try {
    await work
    return null
  } catch (error) {
    return (error as { code?: string }).code ?? 'unknown'
  }
}

async function countAccounts(tx: Queryable, org: string) {
  const rows = await tx.query<{ n: number }>(
    'select count(*)::int as n from public.accounts where org_id = $1',
    [org],
  )
  return rows[0]?.n
}

describe.each(databaseTargets())('schema and row-level security on $name', (target) => {
  let db: Database
  let f: Fixture
  beforeAll(async () => {
    db = await target.open()
    f = await createFixture(db)
  })
  afterAll(async () => {
    await removeFixture(db, f)
    await db.close()
  })

  it('has nothing left to apply after start', async () => {
    expect((await migrate(db, { bootstrap: true })).applied).toEqual([])
  })

  it('enables row-level security on every table in public', async () => {
    const open = await db.query<{ tablename: string }>(
      `select tablename from pg_tables where schemaname = 'public' and not rowsecurity`,
    )
    expect(open).toEqual([])
  })

  it('shows a user only the rows of their own org', async () => {
    const seen = await asUser(db, claimsOf(f.manager), async (tx) => ({
      own: await countAccounts(tx, f.org1),
      other: await countAccounts(tx, f.org2),
    }))
    expect(seen).toEqual({ own: 1, other: 0 })
  })

  it('lets a viewer read but never write', async () => {
    const insert = asUser(db, claimsOf(f.viewer), (tx) =>
      tx.query(`insert into public.accounts (org_id, kind, name) values ($1, 'vendor', 'X')`, [
        f.org1,
      ]),
    )
    expect(await sqlState(insert)).toBe('42501')

    const updated = await asUser(db, claimsOf(f.viewer), (tx) =>
      tx.query(`update public.accounts set name = 'Hijacked' where id = $1 returning id`, [
        f.account1,
      ]),
    )
    expect(updated).toEqual([])
    const [row] = await db.query<{ name: string }>(
      'select name from public.accounts where id = $1',
      [f.account1],
    )
    expect(row?.name).toBe('Health')
  })

  it('shows a private check-in to its author only', async () => {
    const find = (user: string) =>
      asUser(db, claimsOf(user), (tx) =>
        tx.query('select id from public.checkins where id = $1', [f.privateCheckin]),
      )
    expect(await find(f.manager)).toHaveLength(1)
    expect(await find(f.manager2)).toHaveLength(0)
  })

  it('refuses a reference to another org’s account', async () => {
    const insert = asUser(db, claimsOf(f.manager), (tx) =>
      tx.query(`insert into public.action_items (org_id, account_id, title) values ($1, $2, 'X')`, [
        f.org1,
        f.account2,
      ]),
    )
    expect(await sqlState(insert)).toBe('23503')
  })

  it('logs every change for pull, with the version the row reached', async () => {
    await asUser(db, claimsOf(f.manager), (tx) =>
      tx.query(`update public.accounts set maturity_self = 4 where id = $1`, [f.account1]),
    )
    const log = await db.query<{ version: number; deleted: boolean }>(
      'select version, deleted from public.change_log where row_id = $1 order by id',
      [f.account1],
    )
    expect(log).toEqual([
      { version: 1, deleted: false },
      { version: 2, deleted: false },
    ])
  })
})
