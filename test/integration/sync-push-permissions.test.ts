import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addMember, createAccount, createOrg } from '../support/fixtures.ts'
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

  // PRODUCT.md, Roles: relationships (create, archive, tier, cadence) are an admin's; any
  // writer keeps a relationship's maturity and goals. A refused change comes back in words.
  describe('who changes a relationship', () => {
    let accountId: string
    beforeAll(async () => {
      accountId = await createAccount(s.db, s.home.orgId, 'Department of Mines')
    })

    const change = (fields: Record<string, unknown>) =>
      ({ table: 'accounts', op: 'upsert', id: accountId, fields }) as const

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
        { table: 'accounts', op: 'delete', id: accountId },
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
      expect(await s.row('accounts', accountId)).toMatchObject({
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
      expect(await s.row('accounts', accountId)).toMatchObject({
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

  // A removed member or assignment stays a tombstone until the purge; an admin's device
  // invites or assigns the same person again with a new row, and that row applies.
  describe('a tombstone does not hold its pair', () => {
    it('re-assigns a person after their assignment was deleted, and refuses a second live one', async () => {
      const { laptop } = await s.devices()
      const managerId = s.home.users.manager?.id
      const assignment = (id: string, role: string) =>
        ({
          table: 'assignments',
          op: 'upsert',
          id,
          fields: { org_id: s.home.orgId, account_id: s.accountId, user_id: managerId, role },
        }) as const
      const [first, second, third] = [randomUUID(), randomUUID(), randomUUID()]
      const { results } = await laptop.push([
        assignment(first, 'primary'),
        { table: 'assignments', op: 'delete', id: first },
        assignment(second, 'secondary'),
        assignment(third, 'primary'),
      ])
      expect(results.map((r) => r.message ?? r.status)).toEqual([
        'applied',
        'applied',
        'applied',
        'This person is already assigned to this relationship',
      ])
      expect(await s.row('assignments', first)).toMatchObject({ deleted_at: expect.anything() })
      expect(await s.row('assignments', second)).toMatchObject({
        role: 'secondary',
        deleted_at: null,
      })
    })

    it('re-invites a member after their membership was deleted', async () => {
      const { laptop } = await s.devices()
      const person = await addMember(s.db, s.home.orgId, 'manager', 'returning-manager')
      const [old] = await s.db.query<{ id: string }>(
        'select id from public.members where org_id = $1 and user_id = $2',
        [s.home.orgId, person.id],
      )
      const again = randomUUID()
      const { results } = await laptop.push([
        { table: 'members', op: 'delete', id: old?.id ?? '' },
        {
          table: 'members',
          op: 'upsert',
          id: again,
          fields: { org_id: s.home.orgId, user_id: person.id, role: 'lead', email: person.email },
        },
      ])
      expect(results.map((r) => r.message ?? r.status)).toEqual(['applied', 'applied'])
      expect(await s.row('members', old?.id ?? '')).toMatchObject({ deleted_at: expect.anything() })
      expect(await s.row('members', again)).toMatchObject({ role: 'lead', deleted_at: null })
    })
  })
})
