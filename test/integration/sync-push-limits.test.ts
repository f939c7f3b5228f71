import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tableNames, writableFields } from '../../api/contract/tables.ts'
import { signInDevice, type MutationInput } from '../support/sync-device.ts'
import { openOrgScenario, type OrgScenario } from '../support/org-scenario.ts'
import { databaseTargets } from '../support/test-databases.ts'

describe.each(databaseTargets())('sync push limits on $name', (target) => {
  let s: OrgScenario

  beforeAll(async () => {
    s = await openOrgScenario(target, 'Limits State', 'Department of Labor')
  })
  afterAll(() => s.db.close())

  it('answers 413 over 500 mutations or 1 MiB', async () => {
    const device = await signInDevice(s.harness, s.home.users.manager)
    const mutations = Array.from({ length: 501 }, (_, i) => ({ ...s.newContact(), seq: i + 1 }))
    const many = await device.postPush({ clientId: device.clientId, schemaVersion: 1, mutations })
    expect(many.status).toBe(413)
    expect(await many.json()).toMatchObject({ error: 'payload_too_large' })
    const notes = 'x'.repeat(1024 * 1024)
    const big = await device.postPush({
      clientId: device.clientId,
      schemaVersion: 1,
      mutations: [{ ...s.newContact(), seq: 1, fields: { notes } }],
    })
    expect(big.status).toBe(413)
    expect(await big.json()).toMatchObject({ error: 'payload_too_large' })
    expect(await s.lastSeq(device.clientId)).toBeUndefined()
  })

  it('answers a malformed body with 400 naming the field', async () => {
    const device = await signInDevice(s.harness, s.home.users.manager)
    const cases: [unknown, string][] = [
      ['{not json', 'body'],
      [{ clientId: 'phone-1', schemaVersion: 1, mutations: [] }, 'clientId'],
      [{ clientId: device.clientId, schemaVersion: 1 }, 'mutations'],
      [{ clientId: device.clientId, schemaVersion: 2, mutations: [] }, 'schemaVersion'],
      [
        { clientId: device.clientId, schemaVersion: 1, mutations: [{ ...s.newContact(), seq: 0 }] },
        'mutations.0.seq',
      ],
      [
        {
          clientId: device.clientId,
          schemaVersion: 1,
          mutations: [{ ...s.newContact(), seq: 1, op: 'merge' }],
        },
        'mutations.0.op',
      ],
      [
        {
          clientId: device.clientId,
          schemaVersion: 1,
          mutations: [{ ...s.newContact(), seq: 1, id: 7 }],
        },
        'mutations.0.id',
      ],
    ]
    for (const [body, field] of cases) {
      const res = await device.postPush(body)
      expect(res.status, JSON.stringify(body)).toBe(400)
      const json = (await res.json()) as { error: string; message: string }
      expect(json.error).toBe('bad_request')
      expect(json.message.startsWith(`${field}:`), json.message).toBe(true)
    }
    expect(await s.lastSeq(device.clientId)).toBeUndefined()
  })

  it('refuses fields nested 10,000 deep or 10,000 wide with a 400 naming the limit', async () => {
    const device = await signInDevice(s.harness, s.home.users.manager)
    const contact = { ...s.newContact(), seq: 1 }
    // Written as text: JSON.stringify itself overflows the stack on such a value.
    const deep = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000)
    const deepBody = JSON.stringify({
      clientId: device.clientId,
      schemaVersion: 1,
      mutations: [contact],
    }).replace('"fields":{', `"fields":{"notes":${deep},`)
    const wide = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`f${i}`, i]))
    const cases: [string | object, string][] = [
      [deepBody, "body: nests deeper than 35 levels (a mutation's fields may nest 32)"],
      [
        deepBody.replace(deep, '['.repeat(500_000) + ']'.repeat(500_000)),
        "body: nests deeper than 35 levels (a mutation's fields may nest 32)",
      ],
      [
        { clientId: device.clientId, schemaVersion: 1, mutations: [{ ...contact, fields: wide }] },
        'mutations.0.fields: names 10000 fields, at most 64 are allowed',
      ],
    ]
    for (const [body, message] of cases) {
      const res = await device.postPush(body)
      expect(res.status).toBe(400)
      expect(await res.json()).toMatchObject({ error: 'bad_request', message })
    }
    expect(await s.lastSeq(device.clientId)).toBeUndefined()
  })

  it('refuses unknown keys in the envelope and in a mutation, naming them', async () => {
    const device = await signInDevice(s.harness, s.home.users.manager)
    const contact = { ...s.newContact(), seq: 1 }
    const cases: [object, string][] = [
      [
        {
          clientId: device.clientId,
          schemaVersion: 1,
          mutations: [{ ...contact, baseversion: 3 }],
        },
        'mutations.0: unknown key "baseversion"',
      ],
      [
        { clientId: device.clientId, schemaVersion: 1, mutations: [contact], cursor: 'x', v: 2 },
        'body: unknown keys "cursor", "v"',
      ],
    ]
    for (const [body, message] of cases) {
      const res = await device.postPush(body)
      expect(res.status).toBe(400)
      expect(await res.json()).toMatchObject({ error: 'bad_request', message })
    }
    expect(await s.lastSeq(device.clientId)).toBeUndefined()
  })

  it('answers any field value with a result, never a 5xx', async () => {
    const device = await signInDevice(s.harness, s.home.users.admin)
    const junk = [null, 'nul\u0000byte', 'half \ud800 emoji', 1e308, -1, [], {}, 'x'.repeat(30_000)]
    const mutations: MutationInput[] = tableNames.flatMap((table) =>
      Object.keys(writableFields[table].shape).flatMap((column) =>
        junk.map((value) => ({
          table,
          op: 'upsert',
          id: randomUUID(),
          fields: { org_id: s.home.orgId, account_id: s.accountId, [column]: value },
        })),
      ),
    )
    mutations.push({ table: 'no\u0000such', op: 'upsert', id: randomUUID(), fields: {} })
    let rejected = 0
    for (let start = 0; start < mutations.length; start += 250) {
      const { results } = await device.push(mutations.slice(start, start + 250))
      for (const result of results) expect(['applied', 'rejected']).toContain(result.status)
      rejected += results.filter((r) => r.status === 'rejected').length
    }
    const stored = await s.db.query<{ n: number }>(
      'select count(*)::int as n from public.sync_rejections where client_id = $1',
      [device.clientId],
    )
    expect(stored[0]?.n).toBe(rejected)
    expect(rejected).toBeGreaterThan(mutations.length * 0.9)
  })
})
