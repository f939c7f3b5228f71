import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeRow } from '../local/local-write.ts'
import type { LocalDb } from '../local/local-db.ts'
import { readMeta } from '../local/meta.ts'
import { newId } from '../local/new-id.ts'
import { pullChanges } from './pull.ts'
import { pushOutbox } from './push.ts'
import { FakeSyncServer } from './testing/fake-sync-server.ts'
import { createContact, dropDb, openTestDb, orgId } from '../local/testing/device-fixtures.ts'
import { fakeHttp, seedAccount } from './testing/sync-fixtures.ts'

let db: LocalDb
let server: FakeSyncServer
let accountId: string

beforeEach(async () => {
  db = await openTestDb()
  server = new FakeSyncServer()
  accountId = await seedAccount(server, db)
})
afterEach(() => dropDb(db))

const sync = async () => {
  await pushOutbox(db, fakeHttp(server))
  return pullChanges(db, fakeHttp(server))
}

describe('pullChanges', () => {
  it('downloads page by page and saves the cursor with each page', async () => {
    for (const name of ['A', 'B', 'C']) {
      server.put('contacts', { id: newId(), org_id: orgId, account_id: accountId, name })
    }
    expect(await pullChanges(db, fakeHttp(server), 2)).toEqual({ pulled: 4 })
    expect(await db.contacts.count()).toBe(3)
    expect(await readMeta(db, 'cursor')).toBe('4')
    const pulls = server.requests.filter((request) => request.path === '/api/sync/pull')
    expect(pulls).toHaveLength(2)
    expect(await pullChanges(db, fakeHttp(server), 2)).toEqual({ pulled: 0 })
  })

  it('re-applies pending local fields over a pulled row until the server acknowledges them', async () => {
    await writeRow(db, 'accounts', accountId, { name: 'Revenue (mine)' })
    server.put('accounts', { id: accountId, name: 'Revenue (theirs)', tier: 'strategic' })
    await pullChanges(db, fakeHttp(server))
    expect(await db.accounts.get(accountId)).toMatchObject({
      name: 'Revenue (mine)',
      tier: 'strategic',
      version: 2,
    })
    await sync()
    expect(await db.accounts.get(accountId)).toMatchObject({ name: 'Revenue (mine)', version: 3 })
    expect(server.row('accounts', accountId)?.name).toBe('Revenue (mine)')
  })

  it('keeps a row deleted on the server while a local change to it is pending', async () => {
    const id = await createContact(db, accountId, 'Ana')
    await sync()
    await writeRow(db, 'contacts', id, { title: 'Typed before the delete arrived' })
    server.remove('contacts', id)
    await pullChanges(db, fakeHttp(server))
    expect((await db.contacts.get(id))?.title).toBe('Typed before the delete arrived')
    await sync()
    expect(await db.contacts.get(id)).toBeUndefined()
    expect(await db.rejections.toArray()).toEqual([
      expect.objectContaining({
        code: 'deleted',
        fields: { title: 'Typed before the delete arrived' },
      }),
    ])
  })

  it('keeps a pending local create when the server reports a delete for its id', async () => {
    const id = await createContact(db, accountId, 'Ana')
    server.put('contacts', { id, org_id: orgId, account_id: accountId, name: 'Other' })
    server.remove('contacts', id)
    await pullChanges(db, fakeHttp(server))
    expect((await db.contacts.get(id))?.name).toBe('Ana')
  })

  it('removes a pulled delete and ignores a row older than the one it holds', async () => {
    const id = await createContact(db, accountId, 'Ana')
    await sync()
    await db.contacts.update(id, { version: 7, name: 'Newer' })
    server.put('contacts', { id, name: 'Old' })
    await pullChanges(db, fakeHttp(server))
    expect((await db.contacts.get(id))?.name).toBe('Newer')
    server.remove('contacts', id)
    await pullChanges(db, fakeHttp(server))
    expect(await db.contacts.get(id)).toBeUndefined()
  })

  it('on resetRequired downloads again, then drops what the server no longer sent', async () => {
    await pullChanges(db, fakeHttp(server))
    const stale = newId()
    await db.contacts.put({
      id: stale,
      org_id: orgId,
      account_id: accountId,
      name: 'Gone',
    } as never)
    const pendingId = await createContact(db, accountId, 'Pending')
    await writeRow(db, 'accounts', accountId, { short_name: 'DOR' })
    await db.drafts.put({ key: 'd', value: 'draft', savedAt: '2026-11-27T00:00:00Z' })
    server.oldestCursor = server.log.length + 1
    server.put('accounts', { id: accountId, tier: 'strategic' })
    await pullChanges(db, fakeHttp(server))
    expect(await db.contacts.get(stale)).toBeUndefined()
    expect((await db.contacts.get(pendingId))?.name).toBe('Pending')
    expect(await db.accounts.get(accountId)).toMatchObject({ short_name: 'DOR', tier: 'strategic' })
    expect(await db.outbox.count()).toBe(2)
    expect(await db.drafts.count()).toBe(1)
    expect(await readMeta(db, 'cursor')).toBe(String(server.log.length))
  })

  it('keeps the rows on screen while a full download runs, even when it is cut short', async () => {
    const kept = await createContact(db, accountId, 'Kept')
    await sync()
    const stale = newId()
    await db.contacts.put({
      id: stale,
      org_id: orgId,
      account_id: accountId,
      name: 'Gone',
    } as never)
    server.oldestCursor = server.log.length + 1
    let pulls = 0
    const cutShort = fakeHttp(server)
    const flaky: typeof cutShort = async (method, path, body) => {
      if (!path.startsWith('/api/sync/pull')) return cutShort(method, path, body)
      pulls += 1
      if (pulls > 2) throw new Error('offline')
      const answer = await cutShort(method, path, body)
      // Once the reset is asked, the fake server must accept the new download's young cursors.
      server.oldestCursor = 0
      return answer
    }
    await expect(pullChanges(db, flaky, 1)).rejects.toThrow('offline')
    expect(await readMeta(db, 'resyncing')).toBe(true)
    expect((await db.contacts.get(stale))?.name).toBe('Gone')
    expect((await db.contacts.get(kept))?.name).toBe('Kept')
    expect(await db.accounts.count()).toBe(1)

    await pullChanges(db, fakeHttp(server), 1)
    expect(await db.contacts.get(stale)).toBeUndefined()
    expect((await db.contacts.get(kept))?.name).toBe('Kept')
    expect(await readMeta(db, 'resyncing')).toBeUndefined()
    expect(await db.resync_seen.count()).toBe(0)
  })
})
