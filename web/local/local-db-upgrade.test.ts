import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { openLocalDb, version1Stores } from './local-db.ts'
import { readMeta } from './meta.ts'
import { newId } from './new-id.ts'

describe('opening a database made by an older app', () => {
  it('downloads everything again once value history exists, keeping what is pending', async () => {
    const name = `old-${newId()}`
    const old = new Dexie(name)
    old.version(1).stores(version1Stores)
    await old.open()
    const account = { id: newId(), org_id: 'org', name: 'Revenue', version: 3, deleted_at: null }
    await old.table('accounts').put(account)
    await old.table('meta').bulkPut([
      { key: 'cursor', value: 'cursor-past-the-value-history' },
      { key: 'clientId', value: 'device-1' },
    ])
    const pending = { seq: 1, table: 'accounts', op: 'upsert', id: account.id, baseVersion: 3 }
    await old.table('outbox').put({ ...pending, fields: { name: 'Dept. of Revenue' } })
    await old.table('shadows').put({ key: `accounts/${account.id}`, row: account })
    old.close()

    const upgraded = await openLocalDb(name)
    expect(await readMeta(upgraded, 'cursor')).toBeUndefined()
    expect(await readMeta(upgraded, 'resyncing')).toBe(true)
    expect(await readMeta(upgraded, 'clientId')).toBe('device-1')
    expect(await upgraded.outbox.count()).toBe(1)
    expect(await upgraded.accounts.get(account.id)).toMatchObject({ name: 'Revenue' })
    expect((await upgraded.shadows.toArray()).map((shadow) => shadow.row)).toEqual([null])
    expect(await upgraded.value_updates.count()).toBe(0)
    await upgraded.delete()
  })
})

describe('opening a database made before colleagues could attend', () => {
  it('gives its stored check-ins an empty list of colleagues, and keeps the rest', async () => {
    const name = `old-${newId()}`
    const old = new Dexie(name)
    old.version(1).stores(version1Stores)
    await old.open()
    const checkin = { id: newId(), account_id: 'a1', attendee_contact_ids: ['c1'], notes: 'kept' }
    await old.table('checkins').put(checkin)
    old.close()

    const upgraded = await openLocalDb(name)
    expect(await upgraded.checkins.get(checkin.id)).toMatchObject({
      ...checkin,
      attendee_user_ids: [],
    })
    await upgraded.delete()
  })
})
