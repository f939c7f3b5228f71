import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dropDb, openTestDb, orgId, putAccount } from './testing/device-fixtures.ts'
import { assignManager, unassign } from './assignments.ts'
import type { LocalDb } from './local-db.ts'
import { LocalWriteError } from './local-write.ts'

const ana = '0190a000-0000-7000-8000-00000000a0a1'
const ben = '0190a000-0000-7000-8000-00000000b0b1'
const stranger = '0190a000-0000-7000-8000-00000000c0c1'

let db: LocalDb
let accountId: string

const stamp = {
  version: 1,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  deleted_at: null,
}
const member = (userId: string) => ({
  ...stamp,
  id: `${userId.slice(0, -2)}ff`,
  org_id: orgId,
  user_id: userId,
  role: 'manager' as const,
  display_name: null,
  email: null,
})

beforeEach(async () => {
  db = await openTestDb('admin')
  accountId = await putAccount(db)
  await db.members.bulkPut([member(ana), member(ben)])
})
afterEach(() => dropDb(db))

const live = async () =>
  (await db.assignments.toArray())
    .filter((a) => !a.deleted_at)
    .map((a) => `${a.user_id === ana ? 'ana' : 'ben'}:${a.role}`)
    .sort()

describe('assignManager', () => {
  it('creates an assignment in the relationship’s org and queues it', async () => {
    const id = await assignManager(db, { accountId, userId: ana, role: 'primary' })
    expect(await db.assignments.get(id)).toMatchObject({
      org_id: orgId,
      account_id: accountId,
      user_id: ana,
      role: 'primary',
    })
    const [entry] = await db.outbox.toArray()
    expect(entry).toMatchObject({ table: 'assignments', id, baseVersion: null })
  })

  it('changes the role of a person already assigned instead of assigning them twice', async () => {
    const first = await assignManager(db, { accountId, userId: ana, role: 'secondary' })
    const again = await assignManager(db, { accountId, userId: ana, role: 'primary' })
    expect(again).toBe(first)
    expect(await live()).toEqual(['ana:primary'])
    const [, change] = await db.outbox.toArray()
    expect(change).toMatchObject({ id: first, fields: { role: 'primary' } })
  })

  it('queues nothing when the person already holds that role', async () => {
    await assignManager(db, { accountId, userId: ana, role: 'primary' })
    await assignManager(db, { accountId, userId: ana, role: 'primary' })
    expect(await db.outbox.count()).toBe(1)
  })

  it('keeps one primary: a new primary makes the previous one a secondary, in one save', async () => {
    await assignManager(db, { accountId, userId: ana, role: 'primary' })
    await assignManager(db, { accountId, userId: ben, role: 'primary' })
    expect(await live()).toEqual(['ana:secondary', 'ben:primary'])
    expect((await db.outbox.toArray()).map((e) => e.fields?.role)).toEqual([
      'primary',
      'secondary',
      'primary',
    ])
  })

  it('assigns anew, with a new row, someone whose assignment was removed', async () => {
    const first = await assignManager(db, { accountId, userId: ana, role: 'primary' })
    await db.assignments.update(first, { version: 1 })
    await unassign(db, first)
    const second = await assignManager(db, { accountId, userId: ana, role: 'secondary' })
    expect(second).not.toBe(first)
    expect(await live()).toEqual(['ana:secondary'])
  })

  it('refuses someone who is not a member of the org, storing nothing', async () => {
    await expect(
      assignManager(db, { accountId, userId: stranger, role: 'primary' }),
    ).rejects.toThrow(LocalWriteError)
    expect(await db.assignments.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })
})

describe('unassign', () => {
  it('queues the delete (a tombstone on the server) and takes the row off the device', async () => {
    const id = await assignManager(db, { accountId, userId: ana, role: 'primary' })
    expect(await unassign(db, id)).toBe(2)
    expect(await db.assignments.get(id)).toBeUndefined()
    expect((await db.outbox.toArray()).map((e) => e.op)).toEqual(['upsert', 'delete'])
    expect(await unassign(db, id)).toBeNull()
  })
})
