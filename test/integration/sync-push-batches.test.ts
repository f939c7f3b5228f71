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

    /** Rows of every kind a day's changes meet, as the admin's laptop left them; returns their ids. */
    async function yesterday() {
      const { phone, laptop } = await s.devices()
      const ids = {
        plain: randomUUID(),
        stale: randomUUID(),
        badParent: randomUUID(),
        done: randomUUID(),
        deleted: randomUUID(),
        adminsCheckin: randomUUID(),
      }
      const { orgId } = s.home
      const account_id = s.accountId
      await phone.push([
        s.newContact(ids.plain, 'Ann'),
        s.newContact(ids.stale, 'Bob'),
        s.newContact(ids.badParent, 'Cy'),
        s.newContact(ids.deleted, 'Dee'),
        {
          table: 'action_items',
          op: 'upsert',
          id: ids.done,
          fields: { org_id: orgId, account_id, title: 'Send the roadmap' },
        },
      ])
      await laptop.push([
        {
          table: 'contacts',
          op: 'upsert',
          id: ids.stale,
          baseVersion: 1,
          fields: { title: 'CIO' },
        },
        { table: 'contacts', op: 'delete', id: ids.deleted, baseVersion: 1 },
        {
          table: 'action_items',
          op: 'upsert',
          id: ids.done,
          baseVersion: 1,
          fields: { status: 'done', completed_at: '2026-11-27T10:00:00.000Z' },
        },
        {
          table: 'checkins',
          op: 'upsert',
          id: ids.adminsCheckin,
          fields: { org_id: orgId, account_id, kind: 'call', summary: 'Budget call' },
        },
      ])
      return ids
    }

    /** The manager's offline edits of those rows, on the version they last pulled (1). */
    function edits(ids: Awaited<ReturnType<typeof yesterday>>): MutationInput[] {
      const edit = (table: string, id: string, fields: Record<string, unknown>) => ({
        table,
        op: 'upsert' as const,
        id,
        baseVersion: 1,
        fields,
      })
      return [
        edit('contacts', ids.plain, { title: 'Deputy CIO' }),
        edit('contacts', ids.stale, { title: 'CTO', phone: '555-0100' }),
        edit('contacts', ids.badParent, { account_id: randomUUID() }),
        edit('action_items', ids.done, { status: 'open', completed_at: null }),
        edit('contacts', ids.deleted, { title: 'Gone' }),
        edit('checkins', ids.adminsCheckin, { summary: 'Mine now' }),
        edit('contacts', ids.plain, { phone: '555-0199' }),
        edit('action_items', ids.done, { title: 'Send the new roadmap' }),
      ]
    }

    const conflictsOf = (ids: Record<string, string>) =>
      s.db.query<{ row_id: string; field: string; lost_value: unknown; kept_value: unknown }>(
        `select row_id, field, lost_value, kept_value from public.sync_conflicts
        where row_id = any($1::uuid[]) order by id`,
        [Object.values(ids)],
      )

    it('gives changes to existing rows the results and conflicts they get when pushed alone', async () => {
      const together = await signInDevice(s.harness, s.home.users.manager)
      const alone = await signInDevice(s.harness, s.home.users.manager)
      const forBatch = await yesterday()
      const forAlone = await yesterday()
      const batch = await together.push(edits(forBatch))
      const single: MutationResult[] = []
      for (const mutation of edits(forAlone)) single.push(...(await alone.push([mutation])).results)

      expect(batch.results).toEqual(single.map((result, i) => ({ ...result, seq: i + 1 })))
      expect(batch.results.map((r) => r.status)).toEqual([
        'applied',
        'applied',
        'rejected',
        'applied',
        'rejected',
        'rejected',
        'applied',
        'applied',
      ])
      const sameRows = (
        rows: Awaited<ReturnType<typeof conflictsOf>>,
        ids: Record<string, string>,
      ) =>
        rows.map(({ row_id, ...rest }) => ({
          row: Object.keys(ids).find((key) => ids[key] === row_id),
          ...rest,
        }))
      const batchConflicts = sameRows(await conflictsOf(forBatch), forBatch)
      expect(batchConflicts).toEqual(sameRows(await conflictsOf(forAlone), forAlone))
      expect(batchConflicts.map((c) => `${c.row}.${c.field}`)).toEqual([
        'stale.title',
        'stale.phone',
        'done.status',
        'done.title',
      ])
      expect(await s.row('contacts', forBatch.plain)).toMatchObject({
        title: 'Deputy CIO',
        phone: '555-0199',
      })
    })
  },
)
