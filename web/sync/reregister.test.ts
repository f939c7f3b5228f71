import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeRow } from '../local/local-write.ts'
import type { LocalDb } from '../local/local-db.ts'
import { readMeta } from '../local/meta.ts'
import { pushOutbox } from './push.ts'
import { pushRecovering } from './reregister.ts'
import { FakeSyncServer } from './testing/fake-sync-server.ts'
import { createContact, dropDb, openTestDb } from '../local/testing/device-fixtures.ts'
import { fakeHttp, seedAccount } from './testing/sync-fixtures.ts'

let db: LocalDb
let server: FakeSyncServer
let accountId: string
const at = new Date('2026-12-02T09:30:00.000Z')
const now = () => at

beforeEach(async () => {
  db = await openTestDb()
  server = new FakeSyncServer()
  accountId = await seedAccount(server, db)
})
afterEach(() => dropDb(db))

const pushes = () =>
  server.requests
    .filter((request) => request.path === '/api/sync/push')
    .map((request) => request.body as { clientId: string; mutations: { seq: number }[] })

/** Two changes synced, then the server forgets this device (a restore, a purged client row). */
async function syncedThenForgotten() {
  await createContact(db, accountId, 'Ana')
  await createContact(db, accountId, 'Ben')
  await pushOutbox(db, fakeHttp(server))
  server.clients.clear()
  server.requests.length = 0
}

describe('pushRecovering', () => {
  it('registers anew after a seq gap and sends every pending change again, from seq 1', async () => {
    await syncedThenForgotten()
    const oldClientId = await readMeta(db, 'clientId')
    const carla = await createContact(db, accountId, 'Carla')
    await writeRow(db, 'contacts', carla, { title: 'CIO' })

    expect(await pushRecovering(db, fakeHttp(server), now)).toEqual({ pushed: 2, rejected: 0 })

    const [refused, resent] = pushes()
    expect(refused?.mutations.map((m) => m.seq)).toEqual([3, 4])
    expect(resent?.clientId).not.toBe(oldClientId)
    expect(resent?.mutations.map((m) => m.seq)).toEqual([1, 2])
    expect(server.row('contacts', carla)).toMatchObject({ name: 'Carla', title: 'CIO' })
    expect(await db.outbox.count()).toBe(0)
    expect(await readMeta(db, 'reregistration')).toEqual({
      at: at.toISOString(),
      previousClientId: oldClientId,
      clientId: resent?.clientId,
      resent: 2,
      cause: 'seq_gap',
      accepted: true,
      failedAgain: null,
    })
  })

  it('keeps sending under the new client id afterwards, local seqs going on', async () => {
    await syncedThenForgotten()
    await createContact(db, accountId, 'Carla')
    await pushRecovering(db, fakeHttp(server), now)
    const dora = await createContact(db, accountId, 'Dora')
    expect(await db.outbox.toCollection().primaryKeys()).toEqual([4])

    expect(await pushRecovering(db, fakeHttp(server), now)).toEqual({ pushed: 1, rejected: 0 })
    expect(
      pushes()
        .at(-1)
        ?.mutations.map((m) => m.seq),
    ).toEqual([2])
    expect(server.row('contacts', dora)?.name).toBe('Dora')
  })

  it('registers anew after a 400 on the envelope too', async () => {
    await createContact(db, accountId, 'Ana')
    server.faults.push(400)
    expect(await pushRecovering(db, fakeHttp(server), now)).toEqual({ pushed: 1, rejected: 0 })
    expect((await readMeta(db, 'reregistration'))?.cause).toBe('bad_request')
  })

  it('stops when the new registration is refused the same way, keeping every change', async () => {
    await syncedThenForgotten()
    const firstClientId = await readMeta(db, 'clientId')
    await createContact(db, accountId, 'Carla')
    server.faults.push(409, 409, 409, 409)

    const failure = pushRecovering(db, fakeHttp(server), now)
    await expect(failure).rejects.toMatchObject({ kind: 'refused_again', status: 409 })
    const newClientId = await readMeta(db, 'clientId')
    expect(newClientId).not.toBe(firstClientId)
    expect(pushes()).toHaveLength(2)

    // The next sync tries once more, under the same new id, and does not register again.
    await expect(pushRecovering(db, fakeHttp(server), now)).rejects.toThrow(
      /didn't recognise this device's sync history, and refused it again/,
    )
    expect(await readMeta(db, 'clientId')).toBe(newClientId)
    expect(pushes()).toHaveLength(3)
    expect(await db.outbox.count()).toBe(1)
    expect((await readMeta(db, 'reregistration'))?.failedAgain).toMatch(/out of step/)
  })
})
