import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signInDevice } from '../support/sync-device.ts'
import { openOrgScenario, type OrgScenario } from '../support/org-scenario.ts'
import { databaseTargets } from '../support/test-databases.ts'

describe.each(databaseTargets())('sync push rules on $name', (target) => {
  let s: OrgScenario

  beforeAll(async () => {
    s = await openOrgScenario(target, 'Rules State', 'Department of Parks')
  })
  afterAll(() => s.db.close())

  const conflictsOf = (id: string) =>
    s.db.query<{ field: string; lost_value: unknown; kept_value: unknown; client_id: string }>(
      'select field, lost_value, kept_value, client_id from public.sync_conflicts where row_id = $1 order by id',
      [id],
    )
  const commitment = (id: string) => ({
    table: 'action_items',
    op: 'upsert' as const,
    id,
    fields: { org_id: s.home.orgId, account_id: s.accountId, title: 'Send the roadmap' },
  })

  it('applies fields in arrival order and logs the value a stale change overwrote', async () => {
    const { phone, laptop } = await s.devices()
    const id = randomUUID()
    await phone.push([s.newContact(id)])
    await laptop.push([
      { table: 'contacts', op: 'upsert', id, fields: { title: 'CIO' }, baseVersion: 1 },
    ])
    const late = await phone.push([
      {
        table: 'contacts',
        op: 'upsert',
        id,
        fields: { title: 'CTO', phone: '555-0100' },
        baseVersion: 1,
      },
    ])
    expect(late.results[0]).toEqual({ seq: 2, status: 'applied', version: 3 })
    expect(await s.row('contacts', id)).toMatchObject({ title: 'CTO', phone: '555-0100' })
    expect(await conflictsOf(id)).toEqual([
      { field: 'title', lost_value: 'CIO', kept_value: 'CTO', client_id: phone.clientId },
      { field: 'phone', lost_value: null, kept_value: '555-0100', client_id: phone.clientId },
    ])
  })

  it("does not count a device's own earlier changes as conflicts", async () => {
    const { phone } = await s.devices()
    const id = randomUUID()
    const done = { status: 'done', completed_at: '2026-11-27T10:00:00.000Z' }
    await phone.push([commitment(id)])
    // Offline: completed, then reopened; baseVersion stays null until the phone pulls.
    await phone.push([{ table: 'action_items', op: 'upsert', id, fields: done }])
    const result = await phone.push([
      { table: 'action_items', op: 'upsert', id, fields: { status: 'open', completed_at: null } },
    ])
    expect(result.results[0]).toMatchObject({ status: 'applied', version: 3 })
    expect(await s.row('action_items', id)).toMatchObject({ status: 'open', completed_at: null })
    expect(await conflictsOf(id)).toEqual([])
  })

  it('never lets a stale change reopen a finished commitment', async () => {
    const { phone, laptop } = await s.devices()
    const id = randomUUID()
    await phone.push([commitment(id)])
    await laptop.push([
      {
        table: 'action_items',
        op: 'upsert',
        id,
        baseVersion: 1,
        fields: { status: 'done', completed_at: '2026-11-27T10:00:00.000Z' },
      },
    ])
    const stale = await phone.push([
      {
        table: 'action_items',
        op: 'upsert',
        id,
        baseVersion: 1,
        fields: { status: 'open', completed_at: null, title: 'Send the new roadmap' },
      },
    ])
    expect(stale.results[0]).toMatchObject({ status: 'applied', version: 3 })
    const item = await s.row<{ status: string; completed_at: Date | null; title: string }>(
      'action_items',
      id,
    )
    expect(item).toMatchObject({ status: 'done', title: 'Send the new roadmap' })
    expect(item?.completed_at).toBeInstanceOf(Date)
    expect(await conflictsOf(id)).toEqual([
      { field: 'status', lost_value: 'open', kept_value: 'done', client_id: phone.clientId },
      {
        field: 'title',
        lost_value: 'Send the roadmap',
        kept_value: 'Send the new roadmap',
        client_id: phone.clientId,
      },
    ])
    // A change that has seen the completion may reopen it.
    const fresh = await phone.push([
      {
        table: 'action_items',
        op: 'upsert',
        id,
        baseVersion: 3,
        fields: { status: 'open', completed_at: null },
      },
    ])
    expect(fresh.results[0]).toMatchObject({ status: 'applied', version: 4 })
    expect(await s.row('action_items', id)).toMatchObject({ status: 'open' })
  })

  it('still sends the true state back when nothing of a stale reopen stands', async () => {
    const { phone, laptop } = await s.devices()
    const id = randomUUID()
    await phone.push([commitment(id)])
    await phone.pullAll()
    const done = { status: 'done', completed_at: '2026-11-27T10:00:00.000Z' }
    await laptop.push([{ table: 'action_items', op: 'upsert', id, baseVersion: 1, fields: done }])
    const stale = await phone.push([
      {
        table: 'action_items',
        op: 'upsert',
        id,
        baseVersion: 1,
        fields: { status: 'open', completed_at: null },
      },
    ])
    expect(stale.results[0]).toMatchObject({ status: 'applied', version: 3 })
    const changes = await phone.pullUntil((all) => all.some((c) => c.id === id && c.version === 3))
    expect(changes.find((c) => c.id === id && c.version === 3)?.row).toMatchObject({
      status: 'done',
    })
  })

  it('answers a repeated seq with the rejection it got the first time', async () => {
    const viewer = await signInDevice(s.harness, s.home.users.viewer)
    const change = {
      seq: 1,
      table: 'accounts',
      op: 'upsert' as const,
      id: s.accountId,
      fields: { name: 'Renamed by a viewer' },
    }
    const first = await viewer.push([change])
    expect(first.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' })
    const again = await viewer.push([change])
    expect(again.results[0]).toEqual(first.results[0])
  })

  it('deletes with a tombstone that wins over later changes', async () => {
    const { phone, laptop } = await s.devices()
    const id = randomUUID()
    await phone.push([s.newContact(id)])
    const first = await laptop.push([{ table: 'contacts', op: 'delete', id }])
    expect(first.results[0]).toEqual({ seq: 1, status: 'applied', version: 2 })
    expect(await s.row<{ deleted_at: Date | null }>('contacts', id)).toMatchObject({
      deleted_at: expect.any(Date),
    })
    const again = await phone.push([
      { table: 'contacts', op: 'delete', id },
      { table: 'contacts', op: 'upsert', id, fields: { title: 'CFO' }, baseVersion: 1 },
      { table: 'contacts', op: 'delete', id: randomUUID() },
    ])
    expect(again.results).toEqual([
      { seq: 2, status: 'applied', version: 2 },
      {
        seq: 3,
        status: 'rejected',
        code: 'deleted',
        message: 'This contact was deleted on another device',
      },
      { seq: 4, status: 'rejected', code: 'not_found', message: expect.any(String) },
    ])
    expect(await s.row('contacts', id)).toMatchObject({ title: null, version: 2 })
  })
})
