import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dropDb, openTestDb, orgId, putAccount } from './testing/device-fixtures.ts'
import { openLocalDb, type LocalDb } from './local-db.ts'
import { deleteRow, LocalWriteError, writeRow, writeRows } from './local-write.ts'
import { readMeta } from './meta.ts'
import { newId } from './new-id.ts'

let db: LocalDb
let accountId: string

beforeEach(async () => {
  db = await openTestDb()
  accountId = await putAccount(db)
})
afterEach(() => dropDb(db))

const contact = (name: string) => ({ org_id: orgId, account_id: accountId, name, title: null })

describe('writeRow', () => {
  it('writes the row and its outbox entry together', async () => {
    const id = newId()
    const seq = await writeRow(db, 'contacts', id, contact('Ana'), { create: true })
    expect(seq).toBe(1)
    expect(await db.contacts.get(id)).toMatchObject({ name: 'Ana', version: null, org_id: orgId })
    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({
        seq: 1,
        table: 'contacts',
        op: 'upsert',
        id,
        fields: { org_id: orgId, account_id: accountId, name: 'Ana', title: null },
        baseVersion: null,
      }),
    ])
  })

  it('sends an update with the base version and never the server-owned columns', async () => {
    await writeRow(db, 'accounts', accountId, { tier: 'strategic', version: 99 } as never)
    const [entry] = await db.outbox.toArray()
    expect(entry).toMatchObject({ fields: { tier: 'strategic' }, baseVersion: 1 })
    expect((await db.accounts.get(accountId))?.tier).toBe('strategic')
  })

  it('leaves neither the row nor the entry when any part of the write fails', async () => {
    await db.outbox.add({
      seq: 1,
      table: 'contacts',
      op: 'delete',
      id: newId(),
      baseVersion: 1,
      capturedAt: new Date().toISOString(),
    })
    const id = newId()
    await expect(writeRow(db, 'contacts', id, contact('Ana'), { create: true })).rejects.toThrow()
    expect(await db.contacts.get(id)).toBeUndefined()
    expect(await db.outbox.count()).toBe(1)
    expect(await readMeta(db, 'nextSeq')).toBe(1)
    expect(await db.shadows.count()).toBe(0)
  })

  it('refuses invalid fields, a create without org_id and an update of a missing row', async () => {
    const id = newId()
    const bad = writeRow(db, 'contacts', id, { ...contact(''), name: ' ' }, { create: true })
    await expect(bad).rejects.toBeInstanceOf(LocalWriteError)
    const noOrg = writeRow(
      db,
      'contacts',
      id,
      { account_id: accountId, name: 'A' },
      { create: true },
    )
    await expect(noOrg).rejects.toThrow(/org_id/)
    await expect(writeRow(db, 'contacts', id, { name: 'A' })).rejects.toThrow(/not on this device/)
    expect(await db.outbox.count()).toBe(0)
  })

  it('keeps seq gap-free from 1 across reopening the database', async () => {
    await writeRow(db, 'contacts', newId(), contact('A'), { create: true })
    await writeRow(db, 'accounts', accountId, { name: 'Revenue' })
    db.close()
    db = await openLocalDb(db.name)
    await writeRow(db, 'contacts', newId(), contact('B'), { create: true })
    expect(await deleteRow(db, 'accounts', accountId)).toBe(4)
    expect((await db.outbox.toArray()).map((entry) => entry.seq)).toEqual([1, 2, 3, 4])
    expect(await db.accounts.get(accountId)).toBeUndefined()
  })

  it('writes several rows with consecutive seqs in one go, or none of them', async () => {
    await writeRow(db, 'contacts', newId(), contact('First'), { create: true })
    const [a, b] = [newId(), newId()]
    const seqs = await writeRows(db, [
      { table: 'contacts', id: a, fields: contact('A'), create: true },
      { table: 'accounts', id: accountId, fields: { tier: 'strategic' } },
      { table: 'contacts', id: b, fields: contact('B'), create: true },
    ])
    expect(seqs).toEqual([2, 3, 4])
    expect((await db.outbox.toArray()).map((entry) => [entry.seq, entry.id])).toEqual([
      [1, expect.any(String)],
      [2, a],
      [3, accountId],
      [4, b],
    ])
    // One shadow per row: the account's server copy, and "no server row" for each create.
    expect(await db.shadows.count()).toBe(4)
    const again = writeRows(db, [
      { table: 'contacts', id: newId(), fields: contact('C'), create: true },
      { table: 'contacts', id: a, fields: contact('A again'), create: true },
    ])
    await expect(again).rejects.toThrow(/already exists/)
    const twice = writeRows(db, [
      { table: 'contacts', id: a, fields: { name: 'X' } },
      { table: 'contacts', id: a, fields: { name: 'Y' } },
    ])
    await expect(twice).rejects.toThrow(/twice/)
    expect(await db.outbox.count()).toBe(4)
    expect(await db.contacts.count()).toBe(3)
    expect(await readMeta(db, 'nextSeq')).toBe(5)
  })
})
