import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Fields } from '../../api/contract/tables.ts'
import { dropDb, openTestDb, putAccount } from './testing/device-fixtures.ts'
import type { LocalDb } from './local-db.ts'
import { deleteRow } from './local-write.ts'
import { findLiveScorecard, saveScorecard, ScorecardTakenError } from './scorecards.ts'

let db: LocalDb
let vendorId: string
let agencyId: string

beforeEach(async () => {
  db = await openTestDb('u1')
  vendorId = await putAccount(db)
  agencyId = await putAccount(db)
})
afterEach(() => dropDb(db))

const card = (overrides: Partial<Fields<'scorecards'>> = {}): Fields<'scorecards'> => ({
  vendor_account_id: vendorId,
  agency_account_id: null,
  period: '2026-Q4',
  outcomes: 4,
  responsiveness: 3,
  collaboration: 3,
  innovation: null,
  delivery: 5,
  comments: null,
  ...overrides,
})

describe('saveScorecard', () => {
  it('never sends a grade, even one it is handed: the server derives it', async () => {
    const graded = { ...card(), grade: 'A' } as Fields<'scorecards'>
    await saveScorecard(db, null, graded)
    const [entry] = await db.outbox.toArray()
    expect(entry?.fields).toMatchObject({ outcomes: 4 })
    expect(entry?.fields).not.toHaveProperty('grade')
  })

  it('edits in place, sending only what the form changed', async () => {
    const id = await saveScorecard(db, null, card())
    await saveScorecard(db, id, card({ delivery: 2 }), { delivery: 2 })
    expect(await db.scorecards.get(id)).toMatchObject({ delivery: 2, outcomes: 4 })
    const [, edit] = await db.outbox.toArray()
    expect(edit?.fields).toEqual({ delivery: 2 })
  })

  it('refuses a second live scorecard for the same vendor, agency and period', async () => {
    const first = await saveScorecard(db, null, card())
    const second = saveScorecard(db, null, card({ outcomes: 1 }))
    await expect(second).rejects.toBeInstanceOf(ScorecardTakenError)
    await expect(second).rejects.toMatchObject({ existingId: first })
    expect(await db.scorecards.count()).toBe(1)
    expect(await db.outbox.count()).toBe(1)
  })

  it('treats another agency, no agency and another period as other slots', async () => {
    await saveScorecard(db, null, card())
    await saveScorecard(db, null, card({ agency_account_id: agencyId }))
    await saveScorecard(db, null, card({ period: '2026-Q3' }))
    expect(await db.scorecards.count()).toBe(3)
  })

  it('frees the slot once the scorecard is deleted', async () => {
    const first = await saveScorecard(db, null, card())
    await deleteRow(db, 'scorecards', first)
    expect(await findLiveScorecard(db, card())).toBeUndefined()
    await saveScorecard(db, null, card())
    expect(await db.scorecards.count()).toBe(1)
  })
})
