import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCheckin } from '../../local/checkins.ts'
import type { LocalDb } from '../../local/local-db.ts'
import { FakeSyncServer } from '../../sync/testing/fake-sync-server.ts'
import { dropDb, openTestDb } from '../../local/testing/device-fixtures.ts'
import { seedAccount } from '../../sync/testing/sync-fixtures.ts'
import type { SearchAnswer } from './search-protocol.ts'
import { createSearchService } from './search-service.ts'

let db: LocalDb
let accountId: string

beforeEach(async () => {
  db = await openTestDb('u1')
  accountId = await seedAccount(new FakeSyncServer(), db)
})
afterEach(() => dropDb(db))

const checkinTotal = (answer: SearchAnswer | undefined) =>
  answer?.type === 'results'
    ? (answer.results.groups.find((group) => group.kind === 'checkin')?.total ?? 0)
    : -1

describe('the search service', () => {
  it('answers once the index is built, and again when the rows change', async () => {
    await createCheckin(db, { account_id: accountId, kind: 'visit', notes: 'Budget freeze' })
    const answers: SearchAnswer[] = []
    const service = createSearchService(db, 'u1', 10, (answer) => answers.push(answer))
    service.search('budget')
    await expect.poll(() => checkinTotal(answers.at(-1))).toBe(1)
    expect(answers.at(-1)).toMatchObject({ type: 'results', query: 'budget' })

    await createCheckin(db, { account_id: accountId, kind: 'call', notes: 'Budget again' })
    await expect.poll(() => checkinTotal(answers.at(-1))).toBe(2)

    service.search('freeze')
    await expect.poll(() => answers.at(-1)).toMatchObject({ query: 'freeze' })
    expect(checkinTotal(answers.at(-1))).toBe(1)
    service.close()
  })

  it('keeps another person’s private check-ins out', async () => {
    await createCheckin(db, {
      account_id: accountId,
      kind: 'visit',
      notes: 'Private budget talk',
      visibility: 'private',
    })
    const answers: SearchAnswer[] = []
    const service = createSearchService(db, 'someone-else', 10, (answer) => answers.push(answer))
    service.search('budget')
    await expect.poll(() => answers.length).toBeGreaterThan(0)
    expect(checkinTotal(answers.at(-1))).toBe(0)
    service.close()
  })
})
