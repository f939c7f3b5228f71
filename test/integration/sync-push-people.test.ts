import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openOrgScenario, type OrgScenario } from '../support/org-scenario.ts'
import { databaseTargets } from '../support/test-databases.ts'

describe.each(databaseTargets())(
  'people at a check-in and the org itself, pushed on $name',
  (target) => {
    let s: OrgScenario

    beforeAll(async () => {
      s = await openOrgScenario(target, 'People State', 'Department of Parks')
    })
    afterAll(() => s.db.close())

    const checkin = (id: string, colleagues: (string | undefined)[]) => ({
      table: 'checkins',
      op: 'upsert' as const,
      id,
      fields: {
        org_id: s.home.orgId,
        account_id: s.accountId,
        summary: 'Site visit',
        attendee_user_ids: colleagues,
      },
    })

    it('keeps the colleagues who were there, members of the org', async () => {
      const { phone } = await s.devices()
      const id = randomUUID()
      const { results } = await phone.push([checkin(id, [s.home.users.admin?.id])])
      expect(results[0]).toMatchObject({ status: 'applied' })
      expect(await s.row('checkins', id)).toMatchObject({
        attendee_user_ids: [s.home.users.admin?.id],
      })
    })

    it('refuses a colleague who is not a member, naming the field, and stores nothing', async () => {
      const { phone } = await s.devices()
      const id = randomUUID()
      const { results } = await phone.push([checkin(id, [s.home.users.admin?.id, randomUUID()])])
      expect(results[0]).toMatchObject({
        status: 'rejected',
        code: 'constraint',
        message: 'attendee_user_ids: that person is not a member of this organisation',
      })
      expect(await s.row('checkins', id)).toBeUndefined()
    })

    it('refuses an admin deleting the organisation from a device, and keeps it', async () => {
      const { laptop } = await s.devices()
      const { results } = await laptop.push([{ table: 'orgs', op: 'delete', id: s.home.orgId }])
      expect(results[0]).toMatchObject({
        status: 'rejected',
        code: 'constraint',
        message: 'An organisation can’t be deleted or restored from the app',
      })
      expect(await s.row('orgs', s.home.orgId)).toMatchObject({ deleted_at: null })
    })
  },
)
