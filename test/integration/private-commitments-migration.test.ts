import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type Database } from '../../api/db/database.ts'
import { migrate } from '../../api/db/migrate.ts'
import { createAccount, createOrg } from '../support/fixtures.ts'
import {
  migrationNames,
  migrationsBefore,
  type MigrationsSoFar,
} from '../support/migrations-before.ts'

describe('the migration making private check-ins’ commitments their author’s, on a fresh PGlite', () => {
  const migration = '20261202000700_private_checkin_commitments.sql'
  let folder: MigrationsSoFar
  let db: Database
  let orgId: string
  let authorId: string
  const ids: Record<'hidden' | 'shared', string> = { hidden: '', shared: '' }

  // The rows are written before the migration, while the whole org still read them.
  beforeAll(async () => {
    folder = await migrationsBefore(migration)
    db = await openDatabase({ memory: true })
    await migrate(db, { bootstrap: true, migrationsDir: folder.dir })
    const org = await createOrg(db, 'Backfill Commitments', ['manager'])
    orgId = org.orgId
    authorId = org.users.manager?.id ?? ''
    const accountId = await createAccount(db, orgId)
    for (const [key, visibility] of [
      ['hidden', 'private'],
      ['shared', 'org'],
    ] as const) {
      const [row] = await db.query<{ id: string }>(
        `with checkin as (
           insert into public.checkins (org_id, account_id, author_id, visibility)
           values ($1, $2, $3, $4) returning id)
         insert into public.action_items (org_id, account_id, checkin_id, title)
         select $1, $2, id, 'Before the rule' from checkin returning id`,
        [orgId, accountId, authorId, visibility],
      )
      ids[key] = row?.id ?? ''
    }
    await db.query(`update public.action_items set status = 'done' where org_id = $1`, [orgId])
    // 000700 and the one that followed it up (000800) make the change together.
    const change = (await migrationNames()).filter((name) => name >= migration)
    await folder.add(change)
    expect((await migrate(db, { bootstrap: true, migrationsDir: folder.dir })).applied).toEqual(
      change,
    )
  })
  afterAll(async () => {
    await db.close()
    await folder.remove()
  })

  const entries = (rowId: string) =>
    db.query<{ version: number; private_to: string | null }>(
      `select version, private_to from public.change_log where row_id = $1 order by id`,
      [rowId],
    )

  it('hides the old entries of a commitment at a private check-in, and adds one the org reads to take it back', async () => {
    expect(await entries(ids.hidden)).toEqual([
      { version: 1, private_to: authorId },
      { version: 2, private_to: authorId },
      { version: 2, private_to: null },
    ])
  })

  it('leaves a commitment at a shared check-in as it was', async () => {
    expect(await entries(ids.shared)).toEqual([
      { version: 1, private_to: null },
      { version: 2, private_to: null },
    ])
  })
})
