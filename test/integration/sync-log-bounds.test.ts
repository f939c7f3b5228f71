import { randomBytes, randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { maxFieldNameLength, maxFieldsPerMutation } from '../../api/contract/sync-protocol.ts'
import {
  devicesKeptPerUser,
  rejectedFieldsKept,
  rejectedTextKept,
  rejectionsKeptPerUser,
  syncRetentionDays,
} from '../../api/contract/sync-retention.ts'
import { addMember } from '../support/fixtures.ts'
import { openOrgScenario, type OrgScenario } from '../support/org-scenario.ts'
import { signInDevice } from '../support/sync-device.ts'
import { databaseTargets } from '../support/test-databases.ts'

// Issue 11: a writer (a viewer too: their refused writes are stored) could keep 1 MiB of junk
// per request in sync_rejections forever. What is kept is bounded, and goes with the history.
describe.each(databaseTargets())('the bounds of the sync logs on $name', (target) => {
  let s: OrgScenario

  beforeAll(async () => {
    s = await openOrgScenario(target, 'Bounded State', 'Department of Mines')
  })
  afterAll(() => s.db.close())

  const junk = (chars: number) => randomBytes(chars / 2).toString('hex')

  it('keeps a short excerpt of a rejected mutation, however big it was', async () => {
    const viewer = await signInDevice(s.harness, s.home.users.viewer)
    const fields: Record<string, unknown> = {
      org_id: s.home.orgId,
      account_id: s.accountId,
      notes: junk(800_000),
    }
    // As many fields, with names as long, as the push lets through (more is a 400 at the edge).
    while (Object.keys(fields).length < maxFieldsPerMutation) {
      const name = `extra_${Object.keys(fields).length}_`
      fields[name + junk(maxFieldNameLength - name.length - 1)] = junk(2_000)
    }
    const { results } = await viewer.push([
      { table: 'checkins', op: 'upsert', id: randomUUID(), fields },
    ])
    expect(results[0]).toMatchObject({ status: 'rejected' })

    const [stored] = await s.db.query<{
      bytes: number
      mutation: { fields: Record<string, string> }
    }>(
      `select octet_length(mutation::text) as bytes, mutation from public.sync_rejections
        where client_id = $1`,
      [viewer.clientId],
    )
    expect(stored?.bytes).toBeLessThan(16 * 1024)
    expect(stored?.mutation.fields.notes).toHaveLength(rejectedTextKept)
    expect(stored?.mutation).toMatchObject({
      op: 'upsert',
      fieldsLeftOut: maxFieldsPerMutation - rejectedFieldsKept,
    })
  })

  it(`keeps a user's newest ${rejectionsKeptPerUser} rejections and no more`, async () => {
    const reader = await addMember(s.db, s.home.orgId, 'viewer', 'viewer-rejected')
    const viewer = await signInDevice(s.harness, reader)
    const userId = reader.id
    const oldClient = randomUUID()
    await s.db.query(
      `insert into public.sync_rejections (client_id, user_id, seq, table_name, code, message)
       select $1, $2, n, 'checkins', 'forbidden', 'Not allowed' from generate_series(1, $3::int) n`,
      [oldClient, userId, rejectionsKeptPerUser],
    )
    const id = randomUUID()
    const refused = { table: 'contacts', op: 'upsert' as const, fields: { name: 'Nope' } }
    await viewer.push([
      { ...refused, id },
      { ...refused, id: randomUUID() },
    ])

    const [kept] = await s.db.query<{ n: number; oldest: number }>(
      `select count(*)::int as n, min(seq) filter (where client_id = $2)::int as oldest
         from public.sync_rejections where user_id = $1`,
      [userId, oldClient],
    )
    expect(kept).toEqual({ n: rejectionsKeptPerUser, oldest: 3 })
    // A repeated push whose answer was lost is still answered with its rejection.
    const again = await viewer.push([{ ...refused, id, seq: 1 }])
    expect(again.results[0]).toMatchObject({ seq: 1, status: 'rejected' })
  })

  it(`keeps a user's ${devicesKeptPerUser} most recently used devices and no more`, async () => {
    const user = await addMember(s.db, s.home.orgId, 'viewer', 'viewer-devices')
    await s.db.query(
      `insert into public.sync_clients (client_id, user_id, updated_at)
       select gen_random_uuid(), $1, now() - n * interval '1 hour'
         from generate_series(1, $2::int) n`,
      [user.id, devicesKeptPerUser],
    )
    const device = await signInDevice(s.harness, user)
    await device.push([])
    const [kept] = await s.db.query<{ n: number; newest: boolean; oldest: number }>(
      `select count(*)::int as n, bool_or(client_id = $2) as newest,
              round(extract(epoch from now() - min(updated_at)) / 3600)::int as oldest
         from public.sync_clients where user_id = $1`,
      [user.id, device.clientId],
    )
    expect(kept).toMatchObject({ n: devicesKeptPerUser, newest: true })
    // Seeded 1 to 50 hours old: the 50-hour-old one made room for the new device.
    expect(kept?.oldest).toBe(devicesKeptPerUser - 1)
  })

  it(`forgets rejections, conflicts and idle devices after ${syncRetentionDays} days`, async () => {
    const userId = s.home.users.manager?.id
    const [oldClient, freshClient] = [randomUUID(), randomUUID()]
    const old = `now() - interval '${syncRetentionDays + 1} days'`
    await s.db.query(
      `insert into public.sync_clients (client_id, user_id, updated_at)
       values ($1, $3, ${old}), ($2, $3, now())`,
      [oldClient, freshClient, userId],
    )
    await s.db.query(
      `insert into public.sync_rejections (client_id, user_id, seq, code, created_at)
       values ($1, $3, 1, 'forbidden', ${old}), ($2, $3, 1, 'forbidden', now())`,
      [oldClient, freshClient, userId],
    )
    await s.db.query(
      `insert into public.sync_conflicts (org_id, table_name, row_id, field, client_id, created_at)
       values ($1, 'accounts', $2, 'name', $3, ${old}), ($1, 'accounts', $2, 'name', $4, now())`,
      [s.home.orgId, s.accountId, oldClient, freshClient],
    )
    await s.db.query(`select public.purge_sync_history($1::interval)`, [
      `${syncRetentionDays} days`,
    ])
    const left = await s.db.query<{ log: string; client_id: string }>(
      `select 'clients' as log, client_id from public.sync_clients where client_id = any($1::uuid[])
       union all select 'rejections', client_id from public.sync_rejections
        where client_id = any($1::uuid[])
       union all select 'conflicts', client_id from public.sync_conflicts
        where client_id = any($1::uuid[])
       order by 1`,
      [[oldClient, freshClient]],
    )
    expect(left).toEqual([
      { log: 'clients', client_id: freshClient },
      { log: 'conflicts', client_id: freshClient },
      { log: 'rejections', client_id: freshClient },
    ])
  })
})
