import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dropDb, openTestDb, orgId, putAccount } from './testing/device-fixtures.ts'
import { createCheckin } from './checkins.ts'
import type { LocalDb } from './local-db.ts'
import { LocalWriteError } from './local-write.ts'
import { createValueItem, updateValueItem } from './value-items.ts'

let db: LocalDb
let accountId: string

beforeEach(async () => {
  db = await openTestDb('u1')
  accountId = await putAccount(db)
})
afterEach(() => dropDb(db))

const historyOf = async (id: string) =>
  (await db.value_updates.where('value_item_id').equals(id).toArray()).map((u) => ({
    stage: u.stage,
    realised_value: u.realised_value,
    note: u.note,
    author_id: u.author_id,
  }))
const queued = async () => (await db.outbox.toArray()).map((entry) => entry.table)

describe('createValueItem', () => {
  it('writes the item and the first line of its history in one go', async () => {
    const id = await createValueItem(db, {
      account_id: accountId,
      title: 'E-file adoption',
      baseline_value: 78,
      target_value: 90,
      unit: '%',
      note: 'Heard at the CIO breakfast',
    })
    expect(await db.value_items.get(id)).toMatchObject({
      org_id: orgId,
      stage: 'idea',
      baseline_value: 78,
      realised_value: null,
      unit: '%',
    })
    expect(await historyOf(id)).toEqual([
      { stage: 'idea', realised_value: null, note: 'Heard at the CIO breakfast', author_id: 'u1' },
    ])
    expect(await queued()).toEqual(['value_items', 'value_updates'])
    const [, update] = await db.outbox.toArray()
    expect(update?.fields).not.toHaveProperty('author_id')
  })

  it('stores nothing when the item is invalid', async () => {
    await expect(createValueItem(db, { account_id: accountId, title: '' })).rejects.toThrow(
      LocalWriteError,
    )
    expect(await db.value_items.count()).toBe(0)
    expect(await db.value_updates.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })
})

describe('updateValueItem', () => {
  it('adds a line of history, of what moved only, when the stage or the realised value moves', async () => {
    const id = await createValueItem(db, { account_id: accountId, title: 'Renewals online' })
    await updateValueItem(db, id, { stage: 'exploring' })
    await updateValueItem(db, id, { realised_value: 57 }, 'Q3 figures')
    await updateValueItem(db, id, { stage: 'exploring', realised_value: 57 })
    const history = await historyOf(id)
    expect(history.map((h) => [h.stage, h.realised_value, h.note])).toEqual([
      ['idea', null, null],
      ['exploring', null, null],
      [null, 57, 'Q3 figures'],
    ])
    expect(await db.value_items.get(id)).toMatchObject({ stage: 'exploring', realised_value: 57 })
  })

  it('says in words when a realised value is cleared', async () => {
    const id = await createValueItem(db, {
      account_id: accountId,
      title: 'Renewals online',
      realised_value: 40,
    })
    await updateValueItem(db, id, { realised_value: null })
    expect((await historyOf(id)).map((h) => [h.stage, h.realised_value, h.note])).toEqual([
      ['idea', 40, null],
      [null, null, 'Realised value cleared'],
    ])
  })

  it('keeps the history as it is for an edit of the words only', async () => {
    const id = await createValueItem(db, { account_id: accountId, title: 'Renewals online' })
    await updateValueItem(db, id, { outcome: 'Renew without a field-office visit' })
    expect(await historyOf(id)).toHaveLength(1)
    expect(await queued()).toEqual(['value_items', 'value_updates', 'value_items'])
  })

  it('records a note on its own without changing the item', async () => {
    const id = await createValueItem(db, { account_id: accountId, title: 'Renewals online' })
    await updateValueItem(db, id, {}, 'Vendor demo went well')
    expect((await historyOf(id)).map((h) => h.note)).toEqual([null, 'Vendor demo went well'])
    expect(await queued()).toEqual(['value_items', 'value_updates', 'value_updates'])
  })

  it('refuses an item that is not on the device', async () => {
    await expect(updateValueItem(db, 'nope', { stage: 'approved' })).rejects.toThrow(/not on/)
    expect(await db.outbox.count()).toBe(0)
  })
})

describe('a value idea from a check-in', () => {
  it('becomes a value item of the same relationship, saved with the check-in', async () => {
    await createCheckin(db, {
      account_id: accountId,
      kind: 'visit',
      start_doing: 'Share fleet data with the analytics platform',
      valueIdeas: [{ title: 'Fleet data in the shared analytics platform' }],
    })
    const [item] = await db.value_items.toArray()
    expect(item).toMatchObject({
      account_id: accountId,
      stage: 'idea',
      title: 'Fleet data in the shared analytics platform',
    })
    expect(await historyOf(item?.id ?? '')).toEqual([
      { stage: 'idea', realised_value: null, note: 'Raised in a check-in', author_id: 'u1' },
    ])
    expect(await queued()).toEqual(['checkins', 'value_items', 'value_updates'])
  })

  it('saves neither the check-in nor the idea when the idea is invalid', async () => {
    const input = {
      account_id: accountId,
      kind: 'call' as const,
      valueIdeas: [{ title: 'x'.repeat(501) }],
    }
    await expect(createCheckin(db, input)).rejects.toThrow(/value_items: .*title/s)
    expect(await db.checkins.count()).toBe(0)
    expect(await db.value_items.count()).toBe(0)
  })
})
