import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { dropDb, openTestDb, orgId } from './testing/device-fixtures.ts'
import { assertDeviceUser, claimDevice, deleteLocalData, DeviceInUseError } from './device-user.ts'
import { openLocalDb, type LocalDb } from './local-db.ts'
import { writeRow } from './local-write.ts'
import { pendingCount, readMeta } from './meta.ts'
import { newId } from './new-id.ts'

let db: LocalDb
afterEach(() => dropDb(db))

async function addPending(target: LocalDb) {
  const fields = { org_id: orgId, name: 'Forum', purpose: 'strategic' as const }
  await writeRow(target, 'forums', newId(), fields, { create: true })
}

describe('the device belongs to one person', () => {
  it('refuses another person while changes are pending', async () => {
    db = await openTestDb('u1')
    await addPending(db)
    expect(await claimDevice(db, 'u2')).toEqual({
      status: 'blocked',
      ownerUserId: 'u1',
      pending: 1,
    })
    await expect(assertDeviceUser(db, 'u2')).rejects.toBeInstanceOf(DeviceInUseError)
    expect(await pendingCount(db)).toBe(1)
    expect(await readMeta(db, 'userId')).toBe('u1')
    expect(await claimDevice(db, 'u1')).toEqual({ status: 'same' })
  })

  it('wipes the data for another person when nothing is pending, with a new client id', async () => {
    db = await openTestDb('u1')
    const clientId = await readMeta(db, 'clientId')
    await db.forums.put({ id: newId(), name: 'Old', version: 3 } as never)
    await db.meta.put({ key: 'cursor', value: '42' })
    expect(await assertDeviceUser(db, 'u2')).toEqual({ status: 'wiped', previousUserId: 'u1' })
    expect(await db.forums.count()).toBe(0)
    expect(await readMeta(db, 'cursor')).toBeUndefined()
    expect(await readMeta(db, 'clientId')).not.toBe(clientId)
    expect(await readMeta(db, 'nextSeq')).toBe(1)
    expect(await readMeta(db, 'userId')).toBe('u2')
  })

  it('sign-out deletes the database; the next open is a new device', async () => {
    db = await openTestDb('u1')
    const clientId = await readMeta(db, 'clientId')
    await addPending(db)
    await deleteLocalData(db)
    expect(await Dexie.exists(db.name)).toBe(false)
    db = await openLocalDb(db.name)
    expect(await readMeta(db, 'clientId')).not.toBe(clientId)
    expect(await pendingCount(db)).toBe(0)
    expect(await readMeta(db, 'userId')).toBeUndefined()
  })
})
