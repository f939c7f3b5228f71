import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Change } from '../../api/contract/sync-protocol.ts'
import { addMember } from '../support/fixtures.ts'
import { openOrgScenario, type OrgScenario } from '../support/org-scenario.ts'
import { signInDevice } from '../support/sync-device.ts'
import { databaseTargets } from '../support/test-databases.ts'

type Device = Awaited<ReturnType<typeof signInDevice>>

// Issue 11: no colleague's pull carries any trace of a private check-in, not even its id in a
// delete, unless they saw it while it was shared (then exactly one delete takes it back).
describe.each(databaseTargets())('pull and private check-ins on $name', (target) => {
  let s: OrgScenario
  let author: Device
  let colleagues: Device[]

  beforeAll(async () => {
    s = await openOrgScenario(target, 'Private State', 'Department of Health')
    const lead = await addMember(s.db, s.home.orgId, 'lead', 'lead-private')
    const manager2 = await addMember(s.db, s.home.orgId, 'manager', 'manager2-private')
    author = await signInDevice(s.harness, s.home.users.manager)
    colleagues = [
      await signInDevice(s.harness, s.home.users.admin),
      await signInDevice(s.harness, lead),
      await signInDevice(s.harness, manager2),
      await signInDevice(s.harness, s.home.users.viewer),
    ]
    // Every device is past its first download, reading the change log from here on.
    for (const device of [author, ...colleagues]) await device.pullAll()
  })
  afterAll(() => s.db.close())

  const checkin = (id: string, fields: Record<string, unknown>, baseVersion?: number) => ({
    table: 'checkins' as const,
    op: 'upsert' as const,
    id,
    fields,
    ...(baseVersion === undefined ? {} : { baseVersion }),
  })

  const commitment = (id: string, fields: Record<string, unknown>, baseVersion?: number) => ({
    table: 'action_items' as const,
    op: 'upsert' as const,
    id,
    fields,
    ...(baseVersion === undefined ? {} : { baseVersion }),
  })

  /** A shared row pushed after the private changes: once a device has it, it has read past them. */
  async function pullPastAMarker(device: Device): Promise<Change[]> {
    const marker = randomUUID()
    await author.push([s.newContact(marker, `Marker ${marker.slice(0, 4)}`)])
    return device.pullUntil((all) => all.some((c) => c.id === marker))
  }

  it('leaves no trace for anyone else of a check-in private from the start', async () => {
    const id = randomUUID()
    const fields = { org_id: s.home.orgId, account_id: s.accountId, notes: 'Staffing worries' }
    await author.push([checkin(id, { ...fields, visibility: 'private' })])
    await author.push([checkin(id, { notes: 'Staffing worries, resolved' }, 1)])
    await author.push([{ table: 'checkins', op: 'delete', id }])

    for (const colleague of colleagues) {
      const changes = await pullPastAMarker(colleague)
      expect(changes.filter((c) => c.id === id)).toEqual([])
    }
    const fresh = await (await signInDevice(s.harness, s.home.users.viewer)).pullAll()
    expect(fresh.filter((c) => c.id === id)).toEqual([])
    const own = await author.pullUntil((all) => all.some((c) => c.id === id))
    expect(own.filter((c) => c.id === id).at(-1)).toMatchObject({ op: 'delete', version: 3 })
  })

  it('takes back a check-in made private with one delete, and then says nothing more', async () => {
    const id = randomUUID()
    const fields = { org_id: s.home.orgId, account_id: s.accountId, notes: 'Budget talk' }
    await author.push([checkin(id, fields)])
    for (const colleague of colleagues) {
      await colleague.pullUntil((all) => all.some((c) => c.id === id && c.op === 'upsert'))
    }
    await author.push([checkin(id, { visibility: 'private' }, 1)])
    for (const colleague of colleagues) {
      const changes = await colleague.pullUntil((all) => all.some((c) => c.id === id))
      expect(changes.filter((c) => c.id === id)).toEqual([
        { table: 'checkins', op: 'delete', id, row: null, version: 2 },
      ])
    }
    await author.push([checkin(id, { notes: 'Budget talk: the cuts' }, 2)])
    for (const colleague of colleagues) {
      const changes = await pullPastAMarker(colleague)
      expect(changes.filter((c) => c.id === id)).toEqual([])
    }
    const own = await author.pullUntil((all) => all.some((c) => c.id === id && c.version === 3))
    expect(own.filter((c) => c.id === id).at(-1)).toMatchObject({
      op: 'upsert',
      row: { notes: 'Budget talk: the cuts', visibility: 'private' },
    })
  })

  it('keeps a commitment made at a private check-in from everyone else, first download included', async () => {
    const checkinId = randomUUID()
    const itemId = randomUUID()
    const org = { org_id: s.home.orgId, account_id: s.accountId }
    const authorId = s.home.users.manager?.id
    await author.push([
      checkin(checkinId, { ...org, notes: 'Restructure rumours', visibility: 'private' }),
      commitment(itemId, { ...org, checkin_id: checkinId, title: 'Ask HR quietly' }),
    ])
    const refused = await author.push([
      commitment(itemId, { assignee_user_id: s.home.users.admin?.id }, 1),
    ])
    expect(refused.results[0]).toMatchObject({
      status: 'rejected',
      code: 'constraint',
      message:
        "assignee_user_id: a commitment made at a private check-in is yours alone, so it can't be assigned to a colleague",
    })
    await author.push([commitment(itemId, { assignee_user_id: authorId, status: 'done' }, 1)])

    for (const colleague of colleagues) {
      const changes = await pullPastAMarker(colleague)
      expect(changes.filter((c) => c.id === itemId || c.id === checkinId)).toEqual([])
    }
    const fresh = await (await signInDevice(s.harness, s.home.users.viewer)).pullAll()
    expect(fresh.filter((c) => c.id === itemId)).toEqual([])
    const own = await author.pullUntil((all) => all.some((c) => c.id === itemId))
    expect(own.filter((c) => c.id === itemId).at(-1)).toMatchObject({
      op: 'upsert',
      version: 2,
      row: { assignee_user_id: authorId, status: 'done' },
    })
  })

  it('takes back the commitments of a check-in made private, and gives them back when it is shared again', async () => {
    const checkinId = randomUUID()
    const itemIds: string[] = [randomUUID(), randomUUID()]
    const org = { org_id: s.home.orgId, account_id: s.accountId }
    await author.push([
      checkin(checkinId, { ...org, notes: 'Roadmap review' }),
      commitment(itemIds[0] ?? '', { ...org, checkin_id: checkinId, title: 'Send the roadmap' }),
      commitment(itemIds[1] ?? '', {
        ...org,
        checkin_id: checkinId,
        title: 'Their costings',
        owner_side: 'them',
      }),
    ])
    for (const colleague of colleagues) {
      await colleague.pullUntil((all) =>
        itemIds.every((id) => all.some((c) => c.id === id && c.op === 'upsert')),
      )
    }

    await author.push([checkin(checkinId, { visibility: 'private' }, 1)])
    for (const colleague of colleagues) {
      const changes = await colleague.pullUntil((all) => all.some((c) => c.id === checkinId))
      for (const id of itemIds) {
        expect(changes.filter((c) => c.id === id)).toEqual([
          { table: 'action_items', op: 'delete', id, row: null, version: 1 },
        ])
      }
    }
    await author.push([commitment(itemIds[0] ?? '', { title: 'Send the real roadmap' }, 1)])
    for (const colleague of colleagues) {
      const changes = await pullPastAMarker(colleague)
      expect(changes.filter((c) => itemIds.includes(c.id))).toEqual([])
    }

    await author.push([checkin(checkinId, { visibility: 'org' }, 2)])
    for (const colleague of colleagues) {
      const changes = await colleague.pullUntil((all) => all.some((c) => c.id === checkinId))
      const back = changes.filter((c) => itemIds.includes(c.id))
      expect(back).toHaveLength(2)
      expect(back).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            op: 'upsert',
            id: itemIds[0],
            version: 2,
            row: expect.objectContaining({ title: 'Send the real roadmap' }),
          }),
          expect.objectContaining({ op: 'upsert', id: itemIds[1], version: 1 }),
        ]),
      )
    }
  })
})
