import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeRow } from '../local/local-write.ts'
import type { LocalDb, OutboxEntry } from '../local/local-db.ts'
import { pushOutbox, takeBatch } from './push.ts'
import { createSyncHttp } from './sync-http.ts'
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
})
afterEach(() => dropDb(db))

const pushes = () => server.requests.filter((request) => request.path === '/api/sync/push')

describe('pushOutbox', () => {
  it('drops the outbox only after a 200 and records the server version', async () => {
    const id = await createContact(db, accountId, 'Ana')
    server.faults.push(503, 'network')
    await expect(pushOutbox(db, fakeHttp(server))).rejects.toMatchObject({ kind: 'server' })
    await expect(pushOutbox(db, fakeHttp(server))).rejects.toMatchObject({ kind: 'network' })
    expect(await db.outbox.count()).toBe(1)
    expect(await pushOutbox(db, fakeHttp(server))).toEqual({ pushed: 1, rejected: 0 })
    expect(await db.outbox.count()).toBe(0)
    expect(await db.shadows.count()).toBe(0)
    expect((await db.contacts.get(id))?.version).toBe(1)
    expect(server.row('contacts', id)?.name).toBe('Ana')
  })

  it('retries a push whose answer was lost; the duplicate answer drains it, applied once', async () => {
    const id = await createContact(db, accountId, 'Ana')
    await writeRow(db, 'contacts', id, { title: 'CIO' })
    server.faults.push('lose-response')
    await expect(pushOutbox(db, fakeHttp(server))).rejects.toMatchObject({ kind: 'network' })
    expect(await db.outbox.count()).toBe(2)
    expect(await pushOutbox(db, fakeHttp(server))).toEqual({ pushed: 2, rejected: 0 })
    expect(server.row('contacts', id)).toMatchObject({ title: 'CIO', version: 2 })
    expect(await db.outbox.count()).toBe(0)
  })

  it('moves a refused change to rejections with its text and undoes it locally', async () => {
    const refusedId = await createContact(db, accountId, 'Typed offline')
    await writeRow(db, 'accounts', accountId, { name: 'Renamed' })
    server.refuse = (mutation) => (mutation.seq <= 2 ? 'You may not do that' : null)
    expect(await pushOutbox(db, fakeHttp(server))).toEqual({ pushed: 2, rejected: 2 })
    const rejections = await db.rejections.toArray()
    expect(rejections[0]).toMatchObject({
      seq: 1,
      table: 'contacts',
      id: refusedId,
      code: 'forbidden',
      message: 'You may not do that',
      fields: expect.objectContaining({ name: 'Typed offline' }),
    })
    expect(await db.contacts.get(refusedId)).toBeUndefined()
    expect((await db.accounts.get(accountId))?.name).toBe('Department of Revenue')
    expect(await db.outbox.count()).toBe(0)
    expect(await db.shadows.count()).toBe(0)
  })

  it('learns of a refusal from a duplicate answer that carries its code', async () => {
    await writeRow(db, 'accounts', accountId, { name: 'Refused' })
    server.refuse = () => 'Viewers read only'
    server.faults.push('lose-response')
    await expect(pushOutbox(db, fakeHttp(server))).rejects.toMatchObject({ kind: 'network' })
    server.duplicateOutcomes = true
    expect(await pushOutbox(db, fakeHttp(server))).toEqual({ pushed: 1, rejected: 1 })
    expect((await db.accounts.get(accountId))?.name).toBe('Department of Revenue')
    expect((await db.rejections.toArray())[0]?.message).toBe('Viewers read only')
  })

  it('keeps everything on a seq gap and says it is a bug', async () => {
    await createContact(db, accountId, 'A')
    await createContact(db, accountId, 'B')
    await db.outbox.delete(1)
    const failure = pushOutbox(db, fakeHttp(server))
    await expect(failure).rejects.toMatchObject({ kind: 'seq_gap', status: 409 })
    await expect(pushOutbox(db, fakeHttp(server))).rejects.toThrow(/expects #1.*sent #2/)
    expect(await db.outbox.count()).toBe(1)
  })

  it('halves the batch on 413', async () => {
    for (const name of ['A', 'B', 'C', 'D', 'E']) await createContact(db, accountId, name)
    server.maxMutations = 2
    expect(await pushOutbox(db, fakeHttp(server))).toEqual({ pushed: 5, rejected: 0 })
    const sizes = pushes().map((request) => (request.body as { mutations: [] }).mutations.length)
    expect(sizes).toEqual([5, 2, 2, 1])
  })

  it('refreshes the session once on 401; a refused refresh is signed_out, outbox intact', async () => {
    await createContact(db, accountId, 'A')
    let token = 'expired'
    const http = (renews: boolean) =>
      createSyncHttp({
        fetch: server.fetch,
        getAccessToken: async () => token,
        refreshSession: async () => {
          if (renews) token = 'token-u1'
          return renews
        },
      })
    await expect(pushOutbox(db, http(false))).rejects.toMatchObject({ kind: 'signed_out' })
    expect(await db.outbox.count()).toBe(1)
    expect(await pushOutbox(db, http(true))).toEqual({ pushed: 1, rejected: 0 })
    expect(pushes()).toHaveLength(3)
  })
})

describe('takeBatch', () => {
  const entry = (seq: number, notes: string): OutboxEntry => ({
    seq,
    table: 'checkins',
    op: 'upsert',
    id: '0190a000-0000-7000-8000-000000000009',
    fields: { notes },
    baseVersion: 1,
    capturedAt: '2026-11-27T10:00:00.000Z',
  })

  it('stays within the count and byte limits, always taking one', () => {
    const big = Array.from({ length: 100 }, (_, i) => entry(i + 1, 'x'.repeat(20_000)))
    expect(takeBatch(big, 500, 900 * 1024)).toHaveLength(45)
    expect(takeBatch(big, 10, 900 * 1024)).toHaveLength(10)
    expect(takeBatch(big, 500, 10)).toHaveLength(1)
  })
})
