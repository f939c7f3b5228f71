import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dropDb, openTestDb, orgId, putAccount } from './testing/device-fixtures.ts'
import { completeCommitment } from './action-items.ts'
import { createCheckin, updateCheckin } from './checkins.ts'
import { openLocalDb, version1Stores, type LocalDb } from './local-db.ts'
import { deleteRow, writeRow } from './local-write.ts'
import { newId } from './new-id.ts'
import { trustFactsDrift } from './trust-facts-drift.ts'

let db: LocalDb
let accountId: string
let otherAccountId: string

beforeEach(async () => {
  db = await openTestDb()
  accountId = await putAccount(db)
  otherAccountId = await putAccount(db)
})
afterEach(() => dropDb(db))

const factsOf = async (id: string) => db.trust_facts.get(id)

describe('trust facts', () => {
  it('follow a check-in saved with its commitments, in the same transaction', async () => {
    const id = await createCheckin(db, {
      account_id: accountId,
      kind: 'visit',
      notes: 'Long notes the facts leave out',
      trust_pulse: 4,
      commitments: [{ title: 'Send the roadmap', owner_side: 'us', due_on: '2026-12-01' }],
    })
    const facts = await factsOf(accountId)
    expect(facts?.checkins).toEqual([expect.objectContaining({ id, trust_pulse: 4 })])
    expect(facts?.checkins[0]).not.toHaveProperty('notes')
    expect(facts?.items).toEqual([expect.objectContaining({ status: 'open', owner_side: 'us' })])
    expect(await trustFactsDrift(db)).toEqual([])
  })

  it('keep every row of one save whose writes go out together', async () => {
    const id = await createCheckin(db, {
      account_id: accountId,
      kind: 'visit',
      commitments: [
        { title: 'Send the roadmap', owner_side: 'us' },
        { title: 'Name a sponsor', owner_side: 'them' },
      ],
    })
    const facts = await factsOf(accountId)
    expect(facts?.checkins.map((checkin) => checkin.id)).toEqual([id])
    expect(facts?.items.map((item) => item.owner_side).sort()).toEqual(['them', 'us'])
    expect(await trustFactsDrift(db)).toEqual([])
  })

  it('follow edits, completions and deletes', async () => {
    const id = await createCheckin(db, {
      account_id: accountId,
      kind: 'call',
      trust_pulse: 2,
      commitments: [{ title: 'Call back', owner_side: 'us', due_on: '2026-11-01' }],
    })
    await updateCheckin(db, id, { trust_pulse: 5 })
    const [item] = await db.action_items.toArray()
    await completeCommitment(db, item?.id ?? '')
    const facts = await factsOf(accountId)
    expect(facts?.checkins.map((c) => c.trust_pulse)).toEqual([5])
    expect(facts?.items.map((i) => i.status)).toEqual(['done'])
    await deleteRow(db, 'checkins', id)
    expect((await factsOf(accountId))?.checkins).toEqual([])
    expect(await trustFactsDrift(db)).toEqual([])
  })

  it('move a row to the account it now belongs to and drop tombstones', async () => {
    const contactId = newId()
    const contact = { org_id: orgId, account_id: accountId, name: 'Ana' }
    await writeRow(db, 'contacts', contactId, contact, { create: true })
    const stored = await db.contacts.get(contactId)
    if (!stored) throw new Error('the contact was not saved')
    await db.contacts.bulkPut([{ ...stored, account_id: otherAccountId }])
    expect((await factsOf(accountId))?.contacts).toEqual([])
    expect((await factsOf(otherAccountId))?.contacts.map((c) => c.id)).toEqual([contactId])
    await db.contacts.put({ ...stored, deleted_at: '2026-11-27T00:00:00Z' })
    expect((await factsOf(otherAccountId))?.contacts).toEqual([])
    expect(await trustFactsDrift(db)).toEqual([])
  })

  it('follow bulk deletes and a cleared table', async () => {
    for (const pulse of [1, 2, 3]) {
      await createCheckin(db, { account_id: accountId, kind: 'visit', trust_pulse: pulse })
    }
    const ids = (await db.checkins.toArray()).map((c) => c.id)
    await db.checkins.bulkDelete(ids.slice(0, 2))
    expect((await factsOf(accountId))?.checkins).toHaveLength(1)
    await db.checkins.clear()
    expect((await factsOf(accountId))?.checkins).toEqual([])
    expect(await trustFactsDrift(db)).toEqual([])
  })

  it('roll back with a failed transaction', async () => {
    const failing = db.transaction('rw', db.writeScope(), async () => {
      await createCheckin(db, { account_id: accountId, kind: 'visit', trust_pulse: 3 })
      throw new Error('the save failed')
    })
    await expect(failing).rejects.toThrow('the save failed')
    expect(await factsOf(accountId)).toBeUndefined()
  })

  it('are built for a database from before they existed', async () => {
    const name = `old-${newId()}`
    const old = new Dexie(name)
    old.version(1).stores(version1Stores)
    await old.open()
    const checkin = { id: newId(), account_id: accountId, org_id: orgId, author_id: 'u1' }
    await old.table('checkins').bulkPut([
      { ...checkin, occurred_at: '2026-11-01T10:00:00Z', trust_pulse: 3, deleted_at: null },
      { ...checkin, id: newId(), occurred_at: '2026-11-02T10:00:00Z', deleted_at: '2026-11-03' },
    ])
    old.close()
    const upgraded = await openLocalDb(name)
    expect((await upgraded.trust_facts.toArray()).map((f) => f.checkins.length)).toEqual([1])
    expect(await trustFactsDrift(upgraded)).toEqual([])
    await upgraded.delete()
  })
})
