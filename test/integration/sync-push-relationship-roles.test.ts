import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signInDevice } from '../support/sync-device.ts'
import { openOrgScenario, type OrgScenario } from '../support/org-scenario.ts'
import { databaseTargets } from '../support/test-databases.ts'

// PRODUCT.md, Roles: relationships (create, archive, tier, cadence) are an admin's; any writer
// keeps a relationship's maturity and goals. A refused change comes back in words.
describe.each(databaseTargets())('who changes a relationship, on $name', (target) => {
  let s: OrgScenario

  beforeAll(async () => {
    s = await openOrgScenario(target, 'Relationship Roles', 'Department of Mines')
  })
  afterAll(() => s.db.close())

  const change = (fields: Record<string, unknown>) =>
    ({ table: 'accounts', op: 'upsert', id: s.accountId, fields }) as const

  it("refuses a manager the relationship's tier, cadence, status and name, in words, and keeps its goals and maturity", async () => {
    const { phone } = await s.devices()
    const newId = randomUUID()
    const { results } = await phone.push([
      change({ tier: 'strategic' }),
      change({ cadence_days: 7 }),
      change({ status: 'archived' }),
      change({ name: 'Mines and Energy' }),
      change({ strategic_goals: 'Digital permits', maturity_self: 4 }),
      {
        table: 'accounts',
        op: 'upsert',
        id: newId,
        fields: { org_id: s.home.orgId, kind: 'vendor', name: 'Drillco' },
      },
      { table: 'accounts', op: 'delete', id: s.accountId },
    ])
    expect(results.map((r) => [r.status, r.message])).toEqual([
      ['rejected', "Only an admin can change a relationship's tier or cadence"],
      ['rejected', "Only an admin can change a relationship's tier or cadence"],
      ['rejected', 'Only an admin can archive or restore a relationship'],
      ['rejected', 'Only an admin can rename a relationship or change its kind'],
      ['applied', undefined],
      ['rejected', 'Only an admin can add a relationship'],
      ['rejected', 'Only an admin can delete this relationship'],
    ])
    expect(results.filter((r) => r.status === 'rejected').map((r) => r.code)).toEqual(
      Array(6).fill('forbidden'),
    )
    expect(await s.row('accounts', s.accountId)).toMatchObject({
      tier: 'core',
      cadence_days: 30,
      status: 'active',
      name: expect.stringMatching(/^Department of Mines/),
      strategic_goals: 'Digital permits',
      maturity_self: 4,
      deleted_at: null,
    })
    expect(await s.row('accounts', newId)).toBeUndefined()
  })

  it('lets an admin re-tier and archive a relationship', async () => {
    const { laptop } = await s.devices()
    const { results } = await laptop.push([change({ tier: 'strategic', status: 'archived' })])
    expect(results[0]).toMatchObject({ status: 'applied' })
    expect(await s.row('accounts', s.accountId)).toMatchObject({
      tier: 'strategic',
      status: 'archived',
    })
  })

  it('tells a viewer they read only', async () => {
    const viewer = await signInDevice(s.harness, s.home.users.viewer)
    const { results } = await viewer.push([change({ strategic_goals: 'Mine' })])
    expect(results[0]).toMatchObject({
      status: 'rejected',
      code: 'forbidden',
      message: "You can't change this relationship: viewers read only",
    })
  })
})
