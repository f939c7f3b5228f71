import 'fake-indexeddb/auto'
import { Dexie, type Table } from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { deleteAsRanges, getByRange } from './key-ranges.ts'

class Keys extends Dexie {
  declare rows: Table<{ id: string; n: number }, string>
  constructor() {
    super(`key-ranges-${crypto.randomUUID()}`)
    this.version(1).stores({ rows: 'id' })
  }
}

let db: Keys
const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']

beforeEach(async () => {
  db = new Keys()
  await db.rows.bulkPut(ids.map((id, n) => ({ id, n })))
})
afterEach(() => db.delete())

describe('getByRange', () => {
  it('answers in the order asked, undefined for what is missing, dense or sparse', async () => {
    expect((await getByRange(db.rows, ['c', 'x', 'b'])).map((row) => row?.n)).toEqual([
      2,
      undefined,
      1,
    ])
    // 'a'…'h' holds 8 rows for 2 asked: more than twice as many, so each id is read.
    expect((await getByRange(db.rows, ['h', 'a'])).map((row) => row?.n)).toEqual([7, 0])
    expect(await getByRange(db.rows, [])).toEqual([])
  })
})

describe('deleteAsRanges', () => {
  it('deletes exactly the keys asked, whether in runs or alone', async () => {
    await deleteAsRanges(db.rows, ['b', 'c', 'd', 'e', 'g'], ids)
    expect(await db.rows.toCollection().primaryKeys()).toEqual(['a', 'f', 'h'])
  })
})
