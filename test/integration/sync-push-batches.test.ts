import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MutationResult } from '../../api/contract/sync-protocol.ts'
import { createAccount, createOrg } from '../support/fixtures.ts'
import { openOrgScenario, type OrgScenario } from '../support/org-scenario.ts'
import { signInDevice, type MutationInput } from '../support/sync-device.ts'
import { databaseTargets } from '../support/test-databases.ts'

/** What a result says to the device, without its seq or the row's version. */
const outcome = ({ status, code, message }: MutationResult) => ({ status, code, message })

describe.each(databaseTargets())(
  'a batch of creates applied a table at a time, on $name',
  (target) => {
    let s: OrgScenario
    let foreignContactId: string

    beforeAll(async () => {
      s = await openOrgScenario(target, 'Batch State', 'Department of Batches')
      const neighbour = await createOrg(s.db, 'Batch Neighbour', ['manager'])
      const account = await createAccount(s.db, neighbour.orgId, 'Neighbour Agency')
      foreignContactId = randomUUID()
      await s.db.query(
        `insert into public.contacts (id, org_id, account_id, name) values ($1, $2, $3, 'Theirs')`,
        [foreignContactId, neighbour.orgId, account],
      )
    })
    afterAll(() => s.db.close())

    /** A working day offline: creates of three tables, refusals of every kind among them. */
    function day(): MutationInput[] {
      const { orgId } = s.home
      const account_id = s.accountId
      const checkinA = randomUUID()
      const checkinB = randomUUID()
      const contactA = randomUUID()
      const checkin = (id: string, summary: string) => ({
        table: 'checkins',
        op: 'upsert' as const,
        id,
        fields: { org_id: orgId, account_id, kind: 'visit', summary, trust_pulse: 4 },
      })
      const commitment = (fields: Record<string, unknown>) => ({
        table: 'action_items',
        op: 'upsert' as const,
        id: randomUUID(),
        fields: { org_id: orgId, account_id, title: 'Send the roadmap', ...fields },
      })
      return [
        // Its check-in comes later in the batch: refused, as it would be alone.
        commitment({ checkin_id: checkinB }),
        s.newContact(contactA, 'Ann'),
        {
          ...s.newContact(undefined, 'Nowhere'),
          fields: { org_id: orgId, account_id: randomUUID(), name: 'Nowhere' },
        },
        checkin(checkinA, 'Roadmap review'),
        commitment({ checkin_id: checkinA }),
        commitment({ assignee_user_id: randomUUID() }),
        s.newContact(undefined, 'Bob'),
        { table: 'contacts', op: 'upsert', id: contactA, fields: { title: 'CIO' } },
        s.newContact(foreignContactId, 'Not yours'),
        { table: 'contacts', op: 'upsert', id: randomUUID(), fields: { name: 'No org' } },
        // Right before its check-in: a table at a time would put the check-in first.
        commitment({ checkin_id: checkinB }),
        checkin(checkinB, 'Budget call'),
        commitment({ checkin_id: checkinB }),
        s.newContact(undefined, 'Cy'),
      ]
    }

    it('gives every mutation the result it gets when pushed alone', async () => {
      const together = await signInDevice(s.harness, s.home.users.manager)
      const alone = await signInDevice(s.harness, s.home.users.manager)
      const batch = await together.push(day())
      const single: MutationResult[] = []
      for (const mutation of day()) single.push(...(await alone.push([mutation])).results)

      expect(batch.results.map(outcome)).toEqual(single.map(outcome))
      expect(batch.results.map((r) => r.status)).toEqual([
        'rejected',
        'applied',
        'rejected',
        'applied',
        'applied',
        'rejected',
        'applied',
        'applied',
        'rejected',
        'rejected',
        'rejected',
        'applied',
        'applied',
        'applied',
      ])
      expect(batch.results[7]).toMatchObject({ status: 'applied', version: 2 })
    })

    it('stores what was applied and nothing of what was refused', async () => {
      const device = await signInDevice(s.harness, s.home.users.manager)
      const mutations = day()
      const { results } = await device.push(mutations)
      for (const [i, mutation] of mutations.entries()) {
        if (mutation.id === foreignContactId) continue
        const row = await s.row<{ version: number }>(mutation.table, mutation.id)
        if (results[i]?.status === 'applied') expect(row?.version).toBeGreaterThanOrEqual(1)
        else if (mutations.findIndex((m) => m.id === mutation.id) === i) expect(row).toBeUndefined()
      }
      expect(await s.row<{ name: string }>('contacts', foreignContactId)).toMatchObject({
        name: 'Theirs',
      })
    })
  },
)
