import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAccount, createOrg } from '../support/fixtures.ts'
import { signInDevice } from '../support/sync-device.ts'
import { openOrgScenario, type OrgScenario } from '../support/org-scenario.ts'
import { databaseTargets } from '../support/test-databases.ts'

describe.each(databaseTargets())('sync push permissions on $name', (target) => {
  let s: OrgScenario

  beforeAll(async () => {
    s = await openOrgScenario(target, 'Permissions State', 'Department of Parks')
  })
  afterAll(() => s.db.close())

  it('rejects every write of a viewer as forbidden and changes nothing', async () => {
    const manager = await signInDevice(s.harness, s.home.users.manager)
    const id = randomUUID()
    await manager.push([s.newContact(id)])
    const viewer = await signInDevice(s.harness, s.home.users.viewer)
    const result = await viewer.push([
      { table: 'contacts', op: 'upsert', id, fields: { title: 'Boss' }, baseVersion: 1 },
      { table: 'accounts', op: 'upsert', id: s.accountId, fields: { name: 'Renamed' } },
      s.newContact(randomUUID()),
      { table: 'contacts', op: 'delete', id },
    ])
    for (const r of result.results) {
      expect(r).toMatchObject({ status: 'rejected', code: 'forbidden' })
      expect(r.message).toMatch(/viewers read only/)
    }
    expect(await s.row('contacts', id)).toMatchObject({ title: null, version: 1, deleted_at: null })
  })

  it('makes the signed-in user the author of a check-in, and only the author may change it', async () => {
    const { phone, laptop } = await s.devices()
    const id = randomUUID()
    const created = await phone.push([
      {
        table: 'checkins',
        op: 'upsert',
        id,
        fields: {
          org_id: s.home.orgId,
          account_id: s.accountId,
          occurred_at: '2026-11-27T09:30:00.000Z',
          kind: 'visit',
          notes: 'Met the CIO',
          author_id: s.home.users.admin?.id,
          version: 99,
        },
      },
    ])
    expect(created.results[0]).toMatchObject({ status: 'applied', version: 1 })
    expect(await s.row('checkins', id)).toMatchObject({
      author_id: s.home.users.manager?.id,
      notes: 'Met the CIO',
    })
    const other = await laptop.push([
      { table: 'checkins', op: 'upsert', id, fields: { notes: 'Rewritten' }, baseVersion: 1 },
      {
        table: 'checkins',
        op: 'upsert',
        id,
        fields: { org_id: s.home.orgId, account_id: s.accountId, notes: 'Mine now' },
      },
    ])
    for (const r of other.results)
      expect(r).toMatchObject({ status: 'rejected', code: 'forbidden' })
    expect(await s.row('checkins', id)).toMatchObject({ notes: 'Met the CIO', version: 1 })
  })

  it("treats another org's id as forbidden without revealing it", async () => {
    const outsiders = await createOrg(s.db, 'Rules Outsider', ['manager'])
    const theirAccount = await createAccount(s.db, outsiders.orgId, 'Outside Parks')
    const { phone } = await s.devices()
    const result = await phone.push([
      { table: 'accounts', op: 'upsert', id: theirAccount, fields: { name: 'Taken' } },
      {
        table: 'accounts',
        op: 'upsert',
        id: theirAccount,
        fields: { org_id: s.home.orgId, kind: 'agency', name: 'Taken' },
      },
      { table: 'accounts', op: 'delete', id: theirAccount },
    ])
    expect(result.results.map((r) => r.code)).toEqual(['invalid_fields', 'forbidden', 'not_found'])
    expect(await s.row('accounts', theirAccount)).toMatchObject({
      name: 'Outside Parks',
      version: 1,
    })
  })
})
