import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCheckin } from '../../local/checkins.ts'
import { claimDevice } from '../../local/device-user.ts'
import { openLocalDb, type LocalDb } from '../../local/local-db.ts'
import { LocalWriteError } from '../../local/local-write.ts'
import { newId } from '../../local/new-id.ts'
import { emptyDraft, type CheckinDraft } from './checkin-draft.ts'
import { toCheckinInput } from './checkin-input.ts'
import { accountFields } from '../../local/testing/device-fixtures.ts'

const orgId = newId()
const accountId = newId()
const me = newId()
let db: LocalDb

beforeEach(async () => {
  db = await openLocalDb(`checkin-form-${newId()}`)
  await claimDevice(db, me)
  await db.accounts.put({
    id: accountId,
    org_id: orgId,
    version: 1,
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
    deleted_at: null,
    ...accountFields({ name: 'Revenue', short_name: 'DOR' }),
  })
})
afterEach(() => db.delete())

describe('saving a typed check-in', () => {
  it('writes the check-in and its commitments, queued for sync, under the draft’s id', async () => {
    const draft: CheckinDraft = {
      ...emptyDraft(new Date(2026, 10, 27, 9, 0), accountId),
      notes: 'Budget cut',
      pulse: 2,
      isPrivate: true,
      commitments: [
        { key: 'a', title: 'Send roadmap', side: 'us', due: '2026-12-01' },
        { key: 'b', title: 'Share SLA', side: 'them', due: '' },
      ],
    }
    await createCheckin(db, toCheckinInput(draft, accountId))

    expect(await db.checkins.get(draft.id)).toMatchObject({
      notes: 'Budget cut',
      trust_pulse: 2,
      visibility: 'private',
      author_id: me,
    })
    const items = await db.action_items.where('checkin_id').equals(draft.id).toArray()
    // Made at a private check-in: ours is the author's, since nobody else will see it.
    const read = (i: (typeof items)[number]) => [
      i.title,
      i.owner_side,
      i.due_on,
      i.assignee_user_id,
    ]
    expect(items.map(read).sort()).toEqual([
      ['Send roadmap', 'us', '2026-12-01', me],
      ['Share SLA', 'them', null, null],
    ])
    expect(await db.outbox.count()).toBe(3)
  })

  it('cannot save the same draft twice', async () => {
    const draft = { ...emptyDraft(new Date(), accountId), notes: 'Once' }
    await createCheckin(db, toCheckinInput(draft, accountId))
    await expect(createCheckin(db, toCheckinInput(draft, accountId))).rejects.toThrow(
      LocalWriteError,
    )
    expect(await db.checkins.count()).toBe(1)
  })
})
