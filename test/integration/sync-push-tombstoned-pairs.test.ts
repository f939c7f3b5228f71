import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addMember } from '../support/fixtures.ts'
import { openOrgScenario, type OrgScenario } from '../support/org-scenario.ts'
import { databaseTargets } from '../support/test-databases.ts'

// A removed member or assignment stays a tombstone until the purge; an admin's device invites
// or assigns the same person again with a new row, and that row applies.
describe.each(databaseTargets())('a tombstone does not hold its pair, on $name', (target) => {
  let s: OrgScenario

  beforeAll(async () => {
    s = await openOrgScenario(target, 'Tombstoned Pairs', 'Department of Ports')
  })
  afterAll(() => s.db.close())

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
