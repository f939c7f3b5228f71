import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { LocalDb } from '../../local/local-db.ts'
import { newId } from '../../local/new-id.ts'
import {
  accountFields,
  dropDb,
  openTestDb,
  orgId,
  orgRow,
} from '../../local/testing/device-fixtures.ts'
import { readTrustInputs } from '../trust/use-accounts-trust.ts'
import { readAccountSummaries } from './use-account-summaries.ts'
import { readArchivedAccounts } from './use-archived-accounts.ts'

const stamp = { version: 1, created_at: '', updated_at: '', deleted_at: null, org_id: orgId }
let db: LocalDb

async function account(name: string, status: 'active' | 'archived', deleted = false) {
  const id = newId()
  const deleted_at = deleted ? '2026-11-01T00:00:00Z' : null
  await db.accounts.put({ ...stamp, id, deleted_at, ...accountFields({ name, status }) })
  return id
}

beforeEach(async () => {
  db = await openTestDb('me')
  await db.orgs.put(orgRow())
})
afterEach(() => dropDb(db))

describe('the Archived filter', () => {
  it('lists the archived relationships by name, and only them, while the portfolio and the team figures leave them out', async () => {
    await account('Revenue', 'active')
    await account('Parks', 'archived')
    await account('Aviation', 'archived')
    await account('Gone', 'archived', true)
    expect((await readArchivedAccounts(db)).map((a) => a.name)).toEqual(['Aviation', 'Parks'])
    expect((await readAccountSummaries(db, 'me')).map((s) => s.account.name)).toEqual(['Revenue'])
    // The portfolio's and the Team view's trust math read the same inputs.
    expect((await readTrustInputs(db, 'me')).accounts.map((a) => a.name)).toEqual(['Revenue'])
  })
})
