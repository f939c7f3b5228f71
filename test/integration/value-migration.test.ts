import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type Database } from '../../api/db/database.ts'
import { migrate } from '../../api/db/migrate.ts'
import { createAccount, createOrg } from '../support/fixtures.ts'
import { migrationsBefore, type MigrationsSoFar } from '../support/migrations-before.ts'

describe('the migration to numeric values and server grades, on a fresh PGlite', () => {
  const migration = '20261201000100_value_and_scorecards.sql'
  let folder: MigrationsSoFar
  let db: Database
  const card = { older: randomUUID(), newer: randomUUID(), graded: randomUUID() }

  // The rows are written before the migration, as a database already in use holds them.
  beforeAll(async () => {
    folder = await migrationsBefore(migration)
    db = await openDatabase({ memory: true })
    await migrate(db, { bootstrap: true, migrationsDir: folder.dir })
    const { orgId } = await createOrg(db, 'Backfill State', ['admin'])
    const accountId = await createAccount(db, orgId)
    const vendorId = await createAccount(db, orgId, 'Cloudco', 'vendor')
    await db.query(
      `insert into public.value_items (org_id, account_id, title, baseline, target, realised)
       values ($1, $2, '1 percent', '78%', '90%', '84%'), ($1, $2, '2 dollars', '$410', '$250', null),
              ($1, $2, '3 count', '14', '8', null), ($1, $2, '4 words', '$2.1M', '$6M', null)`,
      [orgId, accountId],
    )
    await db.query(
      `insert into public.scorecards (id, org_id, vendor_account_id, agency_account_id, period,
         outcomes, grade, updated_at)
       values ($1, $4, $5, $6, '2026-Q3', 4, 'B', '2026-07-01T00:00:00Z'),
              ($2, $4, $5, $6, '2026-Q3', 5, 'A', '2026-08-01T00:00:00Z'),
              ($3, $4, $5, null, '2026-Q3', 1, 'A', '2026-08-01T00:00:00Z')`,
      [card.older, card.newer, card.graded, orgId, vendorId, accountId],
    )
    await folder.add([migration])
    expect((await migrate(db, { bootstrap: true, migrationsDir: folder.dir })).applied).toEqual([
      migration,
    ])
  })
  afterAll(async () => {
    await db.close()
    await folder.remove()
  })

  it('copies plain numbers and their unit, and leaves anything else as text only', async () => {
    const items = await db.query(
      `select title, baseline_value, target_value, realised_value, unit
         from public.value_items order by title`,
    )
    expect(items).toEqual([
      { title: '1 percent', baseline_value: 78, target_value: 90, realised_value: 84, unit: '%' },
      {
        title: '2 dollars',
        baseline_value: 410,
        target_value: 250,
        realised_value: null,
        unit: '$',
      },
      { title: '3 count', baseline_value: 14, target_value: 8, realised_value: null, unit: null },
      {
        title: '4 words',
        baseline_value: null,
        target_value: null,
        realised_value: null,
        unit: null,
      },
    ])
  })

  it('keeps the most recently changed of two live scorecards for one slot', async () => {
    const rows = await db.query<{ id: string; live: boolean }>(
      'select id, deleted_at is null as live from public.scorecards where id = any($1::uuid[])',
      [[card.older, card.newer]],
    )
    expect(new Map(rows.map((row) => [row.id, row.live]))).toEqual(
      new Map([
        [card.older, false],
        [card.newer, true],
      ]),
    )
    const logged = await db.query<{ deleted: boolean }>(
      'select deleted from public.change_log where row_id = $1 order by id desc limit 1',
      [card.older],
    )
    expect(logged).toEqual([{ deleted: true }])
  })

  it("grades the scorecards already there by the server's rule", async () => {
    // outcomes 5 alone: 10 / 2 = 5 → A; outcomes 1 alone: 2 / 2 = 1 → F, whatever was stored
    const grades = await db.query(
      'select id, grade from public.scorecards where id = any($1::uuid[])',
      [[card.newer, card.graded]],
    )
    expect(new Map(grades.map((row) => [row.id, row.grade]))).toEqual(
      new Map([
        [card.newer, 'A'],
        [card.graded, 'F'],
      ]),
    )
  })
})
