import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dropDb, openTestDb, orgId, orgRow, putAccount } from './testing/device-fixtures.ts'
import { createCheckin } from './checkins.ts'
import { addForumMember, createForum, recordDecision } from './governance.ts'
import type { LocalDb } from './local-db.ts'
import { LocalWriteError } from './local-write.ts'
import { raiseRisk } from './risks.ts'

let db: LocalDb
let accountId: string

beforeEach(async () => {
  db = await openTestDb('u1')
  accountId = await putAccount(db)
  await db.orgs.put(orgRow())
})
afterEach(() => dropDb(db))

const queued = async () => (await db.outbox.toArray()).map((entry) => entry.table)

describe('a forum meeting', () => {
  it('saves the check-in, its decisions and its risks in one go, tied to the forum', async () => {
    const forumId = await createForum(db, { name: 'IT Governance Council' })
    const checkinId = await createCheckin(db, {
      account_id: accountId,
      kind: 'forum',
      forum_id: forumId,
      occurred_at: '2026-11-20T15:00:00.000Z',
      decisions: [{ title: 'Rank demand by outcome', status: 'decided' }],
      risks: [{ title: 'Budget freeze stalls the portal', likelihood: 3, impact: 5 }],
    })
    const [decision] = await db.decisions.toArray()
    expect(decision).toMatchObject({
      org_id: orgId,
      forum_id: forumId,
      checkin_id: checkinId,
      account_id: null,
      decided_on: '2026-11-20',
      status: 'decided',
    })
    const [risk] = await db.risks.toArray()
    expect(risk).toMatchObject({ account_id: accountId, kind: 'other', status: 'open' })
    expect(await queued()).toEqual(['forums', 'checkins', 'decisions', 'risks'])
  })

  it('refuses decisions from a private check-in, storing nothing', async () => {
    const saving = createCheckin(db, {
      account_id: accountId,
      kind: 'meeting',
      visibility: 'private',
      decisions: [{ title: 'Keep it quiet' }],
    })
    await expect(saving).rejects.toThrow(LocalWriteError)
    expect(await db.checkins.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })

  it('ties a decision outside a forum to the relationship', async () => {
    await createCheckin(db, {
      account_id: accountId,
      kind: 'visit',
      decisions: [{ title: 'Pilot the portal in two counties' }],
    })
    expect(await db.decisions.toArray()).toEqual([
      expect.objectContaining({ account_id: accountId, forum_id: null, status: 'proposed' }),
    ])
  })
})

describe('decisions, forums and risks on their own', () => {
  it('needs a forum, a meeting or a relationship the device holds for a decision', async () => {
    await expect(recordDecision(db, { title: 'Orphan' })).rejects.toThrow(LocalWriteError)
    await expect(recordDecision(db, { title: 'Nowhere', forum_id: 'gone' })).rejects.toThrow(
      LocalWriteError,
    )
    expect(await db.outbox.count()).toBe(0)
  })

  it('seats exactly one account, contact or person per forum member', async () => {
    const forumId = await createForum(db, { name: 'Working group' })
    const forum = { id: forumId, org_id: orgId }
    await addForumMember(db, forum, { account_id: accountId, role: 'member' })
    await expect(
      addForumMember(db, forum, { account_id: accountId, user_id: 'u1', role: 'member' }),
    ).rejects.toThrow(LocalWriteError)
    expect(await db.forum_members.count()).toBe(1)
  })

  it('refuses a risk rated outside 1–5 before anything is stored', async () => {
    const input = { account_id: accountId, title: 'Vendor lock-in', likelihood: 6, impact: 2 }
    await expect(raiseRisk(db, input)).rejects.toThrow(LocalWriteError)
    expect(await db.risks.count()).toBe(0)
  })
})
