import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAccount, createOrg } from '../support/fixtures.ts'
import { signInDevice } from '../support/sync-device.ts'
import { openOrgScenario, type OrgScenario } from '../support/org-scenario.ts'
import { databaseTargets } from '../support/test-databases.ts'

describe.each(databaseTargets())('sync push on $name', (target) => {
  let s: OrgScenario
  let neighbour: Awaited<ReturnType<typeof createOrg>>
  let neighbourAccount: string

  beforeAll(async () => {
    s = await openOrgScenario(target, 'Push State', 'Department of Labor')
    neighbour = await createOrg(s.db, 'Push Neighbour', ['manager'])
    neighbourAccount = await createAccount(s.db, neighbour.orgId, 'Neighbour Labor')
  })
  afterAll(() => s.db.close())

  const contactRow = async (id: string) =>
    (
      await s.db.query<{ title: string | null; version: number; deleted_at: Date | null }>(
        'select title, version, deleted_at from public.contacts where id = $1',
        [id],
      )
    )[0]

  it('applies a batch once, however often it is delivered', async () => {
    const device = await signInDevice(s.harness, s.home.users.manager)
    const id = randomUUID()
    const batch = [
      { ...s.newContact(id), seq: 1 },
      { table: 'contacts', op: 'upsert' as const, id, fields: { title: 'CIO' }, seq: 2 },
    ]
    const first = await device.push(batch)
    expect(first).toEqual({
      lastSeq: 2,
      results: [
        { seq: 1, status: 'applied', version: 1 },
        { seq: 2, status: 'applied', version: 2 },
      ],
    })
    const again = await device.push(batch)
    expect(again).toEqual({
      lastSeq: 2,
      results: [
        { seq: 1, status: 'duplicate' },
        { seq: 2, status: 'duplicate' },
      ],
    })
    expect(await contactRow(id)).toMatchObject({ title: 'CIO', version: 2 })
    const logged = await s.db.query('select 1 from public.change_log where row_id = $1', [id])
    expect(logged).toHaveLength(2)
    // A batch that overlaps the applied ones applies only the new tail.
    const overlap = await device.push([
      { table: 'contacts', op: 'upsert', id, fields: { title: 'CTO' }, seq: 2 },
      { table: 'contacts', op: 'upsert', id, fields: { title: 'CEO' }, seq: 3 },
    ])
    expect(overlap.results.map((r) => r.status)).toEqual(['duplicate', 'applied'])
    expect(await contactRow(id)).toMatchObject({ title: 'CEO', version: 3 })
  })

  it('answers a seq gap with 409 and applies nothing', async () => {
    const device = await signInDevice(s.harness, s.home.users.manager)
    await device.push([s.newContact()])
    const id = randomUUID()
    for (const seqs of [[3], [2, 4], [4, 2]]) {
      const res = await device.postPush({
        clientId: device.clientId,
        schemaVersion: 1,
        mutations: seqs.map((seq, i) => ({ ...s.newContact(i === 0 ? id : randomUUID()), seq })),
      })
      expect(res.status).toBe(409)
      expect(await res.json()).toMatchObject({ error: 'seq_gap', expectedSeq: 2 })
    }
    expect(await contactRow(id)).toBeUndefined()
    expect(await s.lastSeq(device.clientId)).toBe(1)
  })

  it('rejects a bad mutation, reports and stores why, and moves on', async () => {
    const device = await signInDevice(s.harness, s.home.users.manager)
    const good = randomUUID()
    const result = await device.push([
      { table: 'no_such_table', op: 'upsert', id: randomUUID(), fields: {} },
      {
        table: 'contacts',
        op: 'upsert',
        id: randomUUID(),
        fields: { ...s.newContact().fields, shoe_size: 9 },
      },
      {
        table: 'contacts',
        op: 'upsert',
        id: randomUUID(),
        fields: { account_id: s.accountId, name: 'No org' },
      },
      {
        table: 'contacts',
        op: 'upsert',
        id: randomUUID(),
        fields: { ...s.newContact().fields, account_id: neighbourAccount },
      },
      {
        table: 'contacts',
        op: 'upsert',
        id: randomUUID(),
        fields: { ...s.newContact().fields, name: '' },
      },
      {
        table: 'contacts',
        op: 'upsert',
        id: randomUUID(),
        fields: { org_id: s.home.orgId, account_id: s.accountId },
      },
      s.newContact(good),
    ])
    expect(result.lastSeq).toBe(7)
    expect(result.results).toEqual([
      {
        seq: 1,
        status: 'rejected',
        code: 'unknown_table',
        message: expect.stringContaining('no_such_table'),
      },
      {
        seq: 2,
        status: 'rejected',
        code: 'invalid_fields',
        message: expect.stringContaining('"shoe_size"'),
      },
      {
        seq: 3,
        status: 'rejected',
        code: 'invalid_fields',
        message: expect.stringContaining('org_id'),
      },
      {
        seq: 4,
        status: 'rejected',
        code: 'constraint',
        message: expect.stringContaining('account_id'),
      },
      {
        seq: 5,
        status: 'rejected',
        code: 'invalid_fields',
        message: expect.stringContaining('name'),
      },
      {
        seq: 6,
        status: 'rejected',
        code: 'invalid_fields',
        message: 'name: is required for a new contact',
      },
      { seq: 7, status: 'applied', version: 1 },
    ])
    expect(await s.lastSeq(device.clientId)).toBe(7)
    const stored = await s.db.query<{
      seq: number
      code: string
      message: string
      user_id: string
    }>(
      'select seq, code, message, user_id from public.sync_rejections where client_id = $1 order by seq',
      [device.clientId],
    )
    expect(stored.map((r) => [r.seq, r.code])).toEqual([
      [1, 'unknown_table'],
      [2, 'invalid_fields'],
      [3, 'invalid_fields'],
      [4, 'constraint'],
      [5, 'invalid_fields'],
      [6, 'invalid_fields'],
    ])
    expect(stored.every((r) => r.user_id === s.home.users.manager?.id && r.message)).toBe(true)
    expect(await contactRow(good)).toMatchObject({ version: 1 })
    // The next push follows on from the rejected ones.
    expect((await device.push([s.newContact()])).results[0]).toMatchObject({
      seq: 8,
      status: 'applied',
    })
  })

  it('refuses a device id that belongs to another user with 403', async () => {
    const mine = await signInDevice(s.harness, s.home.users.manager)
    await mine.push([s.newContact()])
    const theirs = await signInDevice(s.harness, s.home.users.admin, mine.clientId)
    const res = await theirs.postPush({
      clientId: mine.clientId,
      schemaVersion: 1,
      mutations: [{ ...s.newContact(), seq: 2 }],
    })
    expect(res.status).toBe(403)
    expect(await res.json()).toMatchObject({ error: 'forbidden', message: expect.any(String) })
    expect(await s.lastSeq(mine.clientId)).toBe(1)
  })
})
