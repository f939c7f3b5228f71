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
})
