import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dropDb, openTestDb, orgId, putAccount } from './testing/device-fixtures.ts'
import {
  addCommitment,
  completeCommitment,
  dropCommitment,
  reopenCommitment,
} from './action-items.ts'
import { updateAccountFields } from './accounts.ts'
import { createCheckin, updateCheckin } from './checkins.ts'
import { clearDraft, loadDraft, saveDraft } from './drafts.ts'
import type { LocalDb } from './local-db.ts'
import { writeMeta } from './meta.ts'

let db: LocalDb
let accountId: string

beforeEach(async () => {
  db = await openTestDb('u1')
  accountId = await putAccount(db)
})
afterEach(() => dropDb(db))

describe('createCheckin', () => {
  it('saves the check-in and its commitments in one go, authored by the device user', async () => {
    const id = await createCheckin(db, {
      account_id: accountId,
      kind: 'visit',
      notes: 'Budget is tight',
      commitments: [
        { title: 'Send roadmap', owner_side: 'us', due_on: '2026-12-01' },
        { title: 'Share SLA', owner_side: 'them' },
      ],
    })
    const checkin = await db.checkins.get(id)
    expect(checkin).toMatchObject({ author_id: 'u1', org_id: orgId, notes: 'Budget is tight' })
    expect(checkin?.visibility).toBe('org')
    const items = await db.action_items.where('checkin_id').equals(id).toArray()
    expect(items.map((item) => item.title).sort()).toEqual(['Send roadmap', 'Share SLA'])
    const outbox = await db.outbox.toArray()
    expect(outbox.map((entry) => [entry.seq, entry.table])).toEqual([
      [1, 'checkins'],
      [2, 'action_items'],
      [3, 'action_items'],
    ])
    expect(outbox[0]?.fields).not.toHaveProperty('author_id')
  })

  it('saves nothing when one commitment is invalid', async () => {
    const input = {
      account_id: accountId,
      kind: 'call' as const,
      commitments: [
        { title: 'Fine', owner_side: 'us' as const },
        { title: '', owner_side: 'us' as const },
      ],
    }
    await expect(createCheckin(db, input)).rejects.toThrow()
    expect(await db.checkins.count()).toBe(0)
    expect(await db.action_items.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })

  it('lets only the author edit a check-in', async () => {
    const id = await createCheckin(db, { account_id: accountId, kind: 'call' })
    await updateCheckin(db, id, { notes: 'More' })
    expect((await db.checkins.get(id))?.notes).toBe('More')
    await writeMeta(db, 'userId', 'u2')
    await expect(updateCheckin(db, id, { notes: 'Mine now' })).rejects.toThrow(/Only the person/)
  })
})

describe('commitments, accounts and drafts', () => {
  it('completes, reopens and drops a commitment offline', async () => {
    const id = await addCommitment(db, {
      account_id: accountId,
      title: 'Call back',
      owner_side: 'us',
    })
    await completeCommitment(db, id, new Date('2026-11-27T10:00:00Z'))
    expect(await db.action_items.get(id)).toMatchObject({
      status: 'done',
      completed_at: '2026-11-27T10:00:00.000Z',
    })
    await reopenCommitment(db, id)
    expect((await db.action_items.get(id))?.status).toBe('open')
    await dropCommitment(db, id)
    expect((await db.action_items.get(id))?.status).toBe('dropped')
    expect(await db.outbox.count()).toBe(4)
  })

  it('edits account fields and keeps drafts', async () => {
    await updateAccountFields(db, accountId, { maturity_self: 4 })
    expect((await db.accounts.get(accountId))?.maturity_self).toBe(4)
    await saveDraft(db, 'checkin:a', { notes: 'half a sent' })
    expect(await loadDraft(db, 'checkin:a')).toEqual({ notes: 'half a sent' })
    await clearDraft(db, 'checkin:a')
    expect(await loadDraft(db, 'checkin:a')).toBeUndefined()
  })
})
