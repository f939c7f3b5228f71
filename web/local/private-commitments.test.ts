import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  colleaguesCommitmentsRefusal,
  privateCommitmentRefusal,
} from '../../api/contract/privacy.ts'
import {
  actionItemFields,
  dropDb,
  openTestDb,
  orgId,
  putAccount,
} from './testing/device-fixtures.ts'
import { addCommitment } from './action-items.ts'
import { createCheckin, updateCheckin } from './checkins.ts'
import { hasColleaguesCommitments } from './private-commitments.ts'
import type { LocalDb } from './local-db.ts'

const me = '0190a000-0000-7000-8000-0000000000b1'
const kim = '0190a000-0000-7000-8000-0000000000b2'
let db: LocalDb
let accountId: string

beforeEach(async () => {
  db = await openTestDb(me)
  accountId = await putAccount(db)
})
afterEach(() => dropDb(db))

const assignees = async (checkinId: string) =>
  (await db.action_items.where('checkin_id').equals(checkinId).sortBy('title')).map((item) => [
    item.title,
    item.assignee_user_id,
  ])

describe('commitments made at a private check-in', () => {
  it('are the author’s: ours is mine, theirs is no one of ours', async () => {
    const id = await createCheckin(db, {
      account_id: accountId,
      kind: 'call',
      visibility: 'private',
      commitments: [
        { title: 'Ask HR', owner_side: 'us' },
        { title: 'Send the figures', owner_side: 'them' },
      ],
    })
    await addCommitment(db, {
      account_id: accountId,
      checkin_id: id,
      title: 'Call back',
      owner_side: 'us',
    })
    expect(await assignees(id)).toEqual([
      ['Ask HR', me],
      ['Call back', me],
      ['Send the figures', null],
    ])
  })

  it('are never a colleague’s, in plain words', async () => {
    const id = await createCheckin(db, {
      account_id: accountId,
      kind: 'call',
      visibility: 'private',
    })
    const forColleague = { title: 'For Kim', owner_side: 'us' as const, assignee_user_id: kim }
    await expect(
      addCommitment(db, { ...forColleague, account_id: accountId, checkin_id: id }),
    ).rejects.toThrow(privateCommitmentRefusal)
    await expect(
      createCheckin(db, {
        account_id: accountId,
        kind: 'call',
        visibility: 'private',
        commitments: [forColleague],
      }),
    ).rejects.toThrow(privateCommitmentRefusal)
    expect(await db.action_items.count()).toBe(0)
  })

  it('keep a check-in shared while one is a colleague’s', async () => {
    const id = await createCheckin(db, { account_id: accountId, kind: 'visit' })
    await db.action_items.put({
      id: 'i-kim',
      org_id: orgId,
      version: 1,
      created_at: '2026-11-01T00:00:00.000Z',
      updated_at: '2026-11-01T00:00:00.000Z',
      deleted_at: null,
      ...actionItemFields(accountId, { checkin_id: id, assignee_user_id: kim }),
    })
    const checkin = { id, author_id: me }
    expect(await hasColleaguesCommitments(db, checkin)).toBe(true)
    await expect(updateCheckin(db, id, { visibility: 'private' })).rejects.toThrow(
      colleaguesCommitmentsRefusal,
    )
    await db.action_items.update('i-kim', { deleted_at: '2026-11-02T00:00:00.000Z' })
    expect(await hasColleaguesCommitments(db, checkin)).toBe(false)
    await expect(updateCheckin(db, id, { visibility: 'private' })).resolves.toBeGreaterThan(0)
  })
})
