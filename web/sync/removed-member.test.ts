import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { LocalDb } from '../local/local-db.ts'
import { writeRow } from '../local/local-write.ts'
import { pullChanges } from './pull.ts'
import { pushOutbox } from './push.ts'
import { FakeSyncServer } from './testing/fake-sync-server.ts'
import { createContact, dropDb, openTestDb } from '../local/testing/device-fixtures.ts'
import { fakeHttp, seedAccount } from './testing/sync-fixtures.ts'

let db: LocalDb
let server: FakeSyncServer
let accountId: string

beforeEach(async () => {
  db = await openTestDb()
  server = new FakeSyncServer()
  accountId = await seedAccount(server, db)
  await pullChanges(db, fakeHttp(server))
})
afterEach(() => dropDb(db))

/**
 * What the real server does to a person an admin removed while they still had changes pending:
 * every change is refused (row-level security no longer lets them write), the membership
 * fingerprint in their cursor no longer matches (resetRequired), and the download shows none
 * of the org's rows.
 */
function removeFromOrg(server: FakeSyncServer) {
  server.refuse = () => 'You are no longer a member of this organisation'
  server.tables.clear()
  server.log.length = 0
  server.oldestCursor = Number.MAX_SAFE_INTEGER
}

describe('a device whose person was removed from the org', () => {
  it('empties the org from the device and keeps each pending change as a rejection', async () => {
    const contactId = await createContact(db, accountId, 'Typed before removal')
    await writeRow(db, 'accounts', accountId, { short_name: 'DOR' })
    removeFromOrg(server)

    expect(await pushOutbox(db, fakeHttp(server))).toEqual({ pushed: 2, rejected: 2 })
    await pullChanges(db, fakeHttp(server))

    expect(await db.accounts.count()).toBe(0)
    expect(await db.contacts.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
    const rejections = await db.rejections.toArray()
    expect(rejections.map((rejection) => [rejection.table, rejection.id])).toEqual([
      ['contacts', contactId],
      ['accounts', accountId],
    ])
    expect(rejections[0]).toMatchObject({
      message: 'You are no longer a member of this organisation',
      fields: expect.objectContaining({ name: 'Typed before removal' }),
    })
  })
})
