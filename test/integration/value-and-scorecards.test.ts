import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAccount, createOrg } from '../support/fixtures.ts'
import { openOrgScenario, type OrgScenario } from '../support/org-scenario.ts'
import { signInDevice, type MutationInput } from '../support/sync-device.ts'
import { databaseTargets, type DatabaseTarget } from '../support/test-databases.ts'

const all = (rating: number) => ({
  outcomes: rating,
  responsiveness: rating,
  collaboration: rating,
  innovation: rating,
  delivery: rating,
})

/** The scenario most tests start from, plus a vendor and the mutations they push. */
async function openValueScenario(target: DatabaseTarget) {
  const s = await openOrgScenario(target, 'Value State', 'Department of Parks')
  const orgId = s.home.orgId
  const vendorId = await createAccount(s.db, orgId, 'Cloudco', 'vendor')
  return {
    s,
    vendorId,
    manager: () => signInDevice(s.harness, s.home.users.manager),
    /** A scorecard of Cloudco (or `vendor`) for Department of Parks, in `period`. */
    scorecard: (id: string, period: string, fields: Record<string, unknown> = {}) =>
      ({
        table: 'scorecards',
        op: 'upsert',
        id,
        fields: {
          org_id: orgId,
          vendor_account_id: vendorId,
          agency_account_id: s.accountId,
          period,
          ...fields,
        },
      }) satisfies MutationInput,
    valueItem: (id: string, fields: Record<string, unknown> = {}) =>
      ({
        table: 'value_items',
        op: 'upsert',
        id,
        fields: { org_id: orgId, account_id: s.accountId, title: 'Online permits', ...fields },
      }) satisfies MutationInput,
    valueUpdate: (id: string, itemId: string, fields: Record<string, unknown> = {}) =>
      ({
        table: 'value_updates',
        op: 'upsert',
        id,
        fields: {
          org_id: orgId,
          value_item_id: itemId,
          stage: 'approved',
          realised_value: 80,
          note: 'Funded in the budget',
          ...fields,
        },
      }) satisfies MutationInput,
  }
}
type ValueScenario = Awaited<ReturnType<typeof openValueScenario>>

describe.each(databaseTargets())('value register and scorecards on $name', (target) => {
  let v: ValueScenario
  let s: OrgScenario
  beforeAll(async () => {
    v = await openValueScenario(target)
    s = v.s
  })
  afterAll(() => s.db.close())

  const rejected = (code: string, message: string) => ({ status: 'rejected', code, message })

  describe('the grade', () => {
    it('is the server’s, whatever grade the device sent', async () => {
      const id = randomUUID()
      const phone = await v.manager()
      const { results } = await phone.push([v.scorecard(id, '2025-Q1', { ...all(3), grade: 'A' })])
      expect(results[0]).toMatchObject({ status: 'applied', version: 1 })
      // (2 × 3 + 3 + 3 + 3 + 3) / 6 = 3 → C
      expect(await s.row('scorecards', id)).toMatchObject({ grade: 'C' })
    })

    it('is recomputed when one rating changes, and pulled as the server has it', async () => {
      const id = randomUUID()
      const phone = await v.manager()
      await phone.push([v.scorecard(id, '2025-Q2', all(3))])
      const { results } = await phone.push([
        { table: 'scorecards', op: 'upsert', id, baseVersion: 1, fields: { responsiveness: 1 } },
      ])
      expect(results[0]).toMatchObject({ status: 'applied', version: 2 })
      // (2 × 3 + 1 + 3 + 3 + 3) / 6 = 16 / 6 = 2.67 → D
      expect(await s.row('scorecards', id)).toMatchObject({ grade: 'D' })
      const laptop = await signInDevice(s.harness, s.home.users.admin)
      const changes = await laptop.pullUntil((seen) => seen.some((c) => c.id === id))
      expect(changes.find((c) => c.id === id)?.row).toMatchObject({ grade: 'D', version: 2 })
    })

    it('is none when nothing is rated', async () => {
      const id = randomUUID()
      const phone = await v.manager()
      await phone.push([v.scorecard(id, '2025-Q3', { grade: 'A' })])
      expect(await s.row('scorecards', id)).toMatchObject({ grade: null })
    })
  })

  describe('one live scorecard per vendor, agency and period', () => {
    it('refuses a second one for the same slot, naming the one in the way', async () => {
      const vendor = await createAccount(s.db, s.home.orgId, 'Datacorp', 'vendor')
      const [first, second] = [randomUUID(), randomUUID()]
      const phone = await v.manager()
      const { results } = await phone.push([
        v.scorecard(first, '2026-Q3', { vendor_account_id: vendor }),
        v.scorecard(second, '2026-Q3', { vendor_account_id: vendor, outcomes: 4 }),
      ])
      expect(results[0]).toMatchObject({ status: 'applied' })
      expect(results[1]).toEqual({
        seq: 2,
        ...rejected(
          'conflict',
          'Datacorp already has a 2026-Q3 scorecard for Department of Parks: edit that one instead',
        ),
      })
      expect(await s.row('scorecards', second)).toBeUndefined()
    })

    it('counts no agency as a slot of its own, apart from each agency', async () => {
      const vendor = await createAccount(s.db, s.home.orgId, 'Netco', 'vendor')
      const health = await createAccount(s.db, s.home.orgId, 'Department of Health')
      const ids = [randomUUID(), randomUUID(), randomUUID(), randomUUID()]
      const phone = await v.manager()
      const slot = (id: string, agency: string | null) =>
        v.scorecard(id, '2026-Q3', { vendor_account_id: vendor, agency_account_id: agency })
      const { results } = await phone.push([
        slot(ids[0] ?? '', null),
        slot(ids[1] ?? '', null),
        slot(ids[2] ?? '', s.accountId),
        slot(ids[3] ?? '', health),
      ])
      expect(results.map((r) => r.status)).toEqual(['applied', 'rejected', 'applied', 'applied'])
      expect(results[1]).toMatchObject(
        rejected(
          'conflict',
          'Netco already has a 2026-Q3 scorecard with no agency: edit that one instead',
        ),
      )
    })

    it('takes a new one for the slot once the live one is deleted', async () => {
      const vendor = await createAccount(s.db, s.home.orgId, 'Webco', 'vendor')
      const [first, second] = [randomUUID(), randomUUID()]
      const phone = await v.manager()
      await phone.push([v.scorecard(first, '2026-Q3', { vendor_account_id: vendor })])
      const { results } = await phone.push([
        { table: 'scorecards', op: 'delete', id: first },
        v.scorecard(second, '2026-Q3', { vendor_account_id: vendor }),
      ])
      expect(results.map((r) => r.status)).toEqual(['applied', 'applied'])
      expect(await s.row('scorecards', first)).toMatchObject({ deleted_at: expect.any(Date) })
      expect(await s.row('scorecards', second)).toMatchObject({ deleted_at: null })
    })
  })

  describe('value updates', () => {
    it('are written by the token’s user at the server’s time, whatever the device says', async () => {
      const [item, update] = [randomUUID(), randomUUID()]
      const phone = await v.manager()
      const { results } = await phone.push([
        v.valueItem(item),
        v.valueUpdate(update, item, {
          author_id: s.home.users.admin?.id,
          created_at: '2025-06-01T09:00:00.000Z',
        }),
      ])
      expect(results[1]).toMatchObject({ status: 'applied', version: 1 })
      const [row] = await s.db.query<{ author_id: string; fresh: boolean }>(
        `select author_id, created_at > now() - interval '5 minutes' as fresh
           from public.value_updates where id = $1`,
        [update],
      )
      expect(row).toEqual({ author_id: s.home.users.manager?.id, fresh: true })
    })

    it('are never changed or deleted through sync', async () => {
      const [item, update] = [randomUUID(), randomUUID()]
      const phone = await v.manager()
      await phone.push([v.valueItem(item), v.valueUpdate(update, item)])
      const { results } = await phone.push([
        v.valueUpdate(update, item, { note: 'Funded twice over' }),
        { table: 'value_updates', op: 'delete', id: update },
      ])
      const history = "A value update is history: it can't be changed or deleted"
      expect(results).toEqual([
        { seq: 3, ...rejected('forbidden', history) },
        { seq: 4, ...rejected('forbidden', history) },
      ])
      expect(await s.row('value_updates', update)).toMatchObject({
        note: 'Funded in the budget',
        version: 1,
        deleted_at: null,
      })
    })

    it('answer a resent create by its author with the version they have, changing nothing', async () => {
      const [item, update] = [randomUUID(), randomUUID()]
      const phone = await v.manager()
      await phone.push([v.valueItem(item), v.valueUpdate(update, item)])
      const again = await phone.push([v.valueUpdate(update, item)])
      expect(again.results[0]).toEqual({ seq: 3, status: 'applied', version: 1 })
      const laptop = await signInDevice(s.harness, s.home.users.admin)
      const other = await laptop.push([v.valueUpdate(update, item)])
      expect(other.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' })
      const logged = await s.db.query('select 1 from public.change_log where row_id = $1', [update])
      expect(logged).toHaveLength(1)
      expect(await s.row('value_updates', update)).toMatchObject({
        author_id: s.home.users.manager?.id,
        version: 1,
      })
    })

    it('are refused to the table owner too: no update, and no delete while the item lives', async () => {
      const [item, update] = [randomUUID(), randomUUID()]
      const phone = await v.manager()
      await phone.push([v.valueItem(item), v.valueUpdate(update, item)])
      const sqlState = (sql: string) =>
        s.db.query(sql, [update]).then(
          () => null,
          (error: { code?: string }) => error.code,
        )
      expect(
        await sqlState(`update public.value_updates set note = 'Rewritten' where id = $1`),
      ).toBe('42501')
      expect(await sqlState('delete from public.value_updates where id = $1')).toBe('42501')
      expect(await s.row('value_updates', update)).toMatchObject({ note: 'Funded in the budget' })
    })
  })

  describe('roles', () => {
    it('rejects every value and scorecard write of a viewer as forbidden, storing nothing', async () => {
      const item = randomUUID()
      await (await v.manager()).push([v.valueItem(item)])
      const ids = [randomUUID(), randomUUID(), randomUUID()]
      const viewer = await signInDevice(s.harness, s.home.users.viewer)
      const { results } = await viewer.push([
        v.valueItem(ids[0] ?? ''),
        v.scorecard(ids[1] ?? '', '2024-Q1', all(4)),
        v.valueUpdate(ids[2] ?? '', item),
      ])
      expect(results.map(({ seq: _, ...result }) => result)).toEqual([
        rejected('forbidden', "You can't change this value item: viewers read only"),
        rejected('forbidden', "You can't change this scorecard: viewers read only"),
        rejected('forbidden', "You can't change this value update: viewers read only"),
      ])
      expect(await s.row('value_items', ids[0] ?? '')).toBeUndefined()
      expect(await s.row('scorecards', ids[1] ?? '')).toBeUndefined()
      expect(await s.row('value_updates', ids[2] ?? '')).toBeUndefined()
    })

    it('tells a viewer their role, not the rule their write would also break', async () => {
      const taken = randomUUID()
      await (await v.manager()).push([v.scorecard(taken, '2024-Q3', all(3))])
      const viewer = await signInDevice(s.harness, s.home.users.viewer)
      const { results } = await viewer.push([
        v.scorecard(randomUUID(), '2024-Q3', all(5)),
        v.scorecard(randomUUID(), '2024-Q4', { vendor_account_id: s.accountId }),
      ])
      const refusal = rejected('forbidden', "You can't change this scorecard: viewers read only")
      expect(results.map(({ seq: _, ...result }) => result)).toEqual([refusal, refusal])
    })

    it('applies the same writes of a manager', async () => {
      const [item, card, update] = [randomUUID(), randomUUID(), randomUUID()]
      const { results } = await (
        await v.manager()
      ).push([v.valueItem(item), v.scorecard(card, '2024-Q2', all(4)), v.valueUpdate(update, item)])
      expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied'])
    })

    it('refuses a user of another org a value update on this org’s item', async () => {
      const item = randomUUID()
      await (await v.manager()).push([v.valueItem(item)])
      const other = await createOrg(s.db, 'Other State', ['manager'])
      const outsider = await signInDevice(s.harness, other.users.manager)
      const [intoThisOrg, intoTheirs] = [randomUUID(), randomUUID()]
      const { results } = await outsider.push([
        v.valueUpdate(intoThisOrg, item),
        v.valueUpdate(intoTheirs, item, { org_id: other.orgId }),
      ])
      expect(results.map(({ seq: _, ...result }) => result)).toEqual([
        rejected('forbidden', "You don't have access to this value update"),
        rejected(
          'constraint',
          "value_item_id: points to something that doesn't exist in this organisation",
        ),
      ])
      expect(await s.row('value_updates', intoThisOrg)).toBeUndefined()
      expect(await s.row('value_updates', intoTheirs)).toBeUndefined()
    })
  })

  describe('bad input', () => {
    it.each([0, 6, 2.5])('rejects a rating of %s, naming the field', async (rating) => {
      const id = randomUUID()
      const { results } = await (
        await v.manager()
      ).push([v.scorecard(id, '2023-Q1', { outcomes: rating })])
      expect(results[0]).toMatchObject(
        rejected('invalid_fields', 'outcomes: must be a whole number from 1 to 5'),
      )
      expect(await s.row('scorecards', id)).toBeUndefined()
    })

    it('rejects a realised value that is not a number', async () => {
      const [item, update] = [randomUUID(), randomUUID()]
      const phone = await v.manager()
      await phone.push([v.valueItem(item)])
      const { results } = await phone.push([
        v.valueItem(randomUUID(), { realised_value: 'abc' }),
        v.valueUpdate(update, item, { realised_value: 'abc' }),
      ])
      const notANumber = rejected('invalid_fields', 'realised_value: must be a number')
      expect(results).toMatchObject([notANumber, notANumber])
      expect(await s.row('value_updates', update)).toBeUndefined()
    })

    it.each(['2026-Q5', '2026Q3'])(
      'rejects the period %s, showing one that works',
      async (period) => {
        const id = randomUUID()
        const { results } = await (await v.manager()).push([v.scorecard(id, period)])
        expect(results[0]).toMatchObject(
          rejected('invalid_fields', 'period: must look like 2026-Q3'),
        )
        expect(await s.row('scorecards', id)).toBeUndefined()
      },
    )

    it('rejects a scorecard or a value item whose vendor is an agency, naming it', async () => {
      const [card, item] = [randomUUID(), randomUUID()]
      const { results } = await (
        await v.manager()
      ).push([
        v.scorecard(card, '2023-Q2', { vendor_account_id: s.accountId }),
        v.valueItem(item, { vendor_account_id: s.accountId }),
      ])
      const notAVendor = rejected(
        'constraint',
        'vendor_account_id: Department of Parks is an agency, not a vendor',
      )
      expect(results).toMatchObject([notAVendor, notAVendor])
      expect(await s.row('scorecards', card)).toBeUndefined()
      expect(await s.row('value_items', item)).toBeUndefined()
    })

    it('rejects a scorecard whose agency is a vendor, naming it', async () => {
      const id = randomUUID()
      const { results } = await (
        await v.manager()
      ).push([v.scorecard(id, '2023-Q3', { agency_account_id: v.vendorId })])
      expect(results[0]).toMatchObject(
        rejected(
          'constraint',
          'agency_account_id: Cloudco is a vendor; a scorecard is for an agency the vendor serves',
        ),
      )
      expect(await s.row('scorecards', id)).toBeUndefined()
    })
  })

  it('round-trips the numbers of a value item as numbers, not strings', async () => {
    const id = randomUUID()
    const numbers = { baseline_value: 78.5, target_value: 90, realised_value: 84, unit: '%' }
    await (await v.manager()).push([v.valueItem(id, numbers)])
    const laptop = await signInDevice(s.harness, s.home.users.admin)
    const changes = await laptop.pullUntil((seen) => seen.some((c) => c.id === id))
    const row = changes.find((c) => c.id === id)?.row ?? {}
    expect(row).toMatchObject(numbers)
    expect([row.baseline_value, row.target_value, row.realised_value].map((n) => typeof n)).toEqual(
      ['number', 'number', 'number'],
    )
  })
})

// PGlite only: a purge with no retention empties the whole change log, which would pull the
// rug from under the other test files sharing a PostgreSQL database (as purge-schedule does).
const pglite = databaseTargets().find((target) => target.name === 'pglite') as DatabaseTarget

describe('a tombstoned value item on PGlite', () => {
  let v: ValueScenario
  beforeAll(async () => {
    v = await openValueScenario(pglite)
  })
  afterAll(() => v.s.db.close())

  it('is purged with its value updates', async () => {
    const [item, first, second] = [randomUUID(), randomUUID(), randomUUID()]
    const phone = await v.manager()
    await phone.push([
      v.valueItem(item),
      v.valueUpdate(first, item, { stage: 'exploring' }),
      v.valueUpdate(second, item),
    ])
    const { results } = await phone.push([{ table: 'value_items', op: 'delete', id: item }])
    expect(results[0]).toMatchObject({ status: 'applied' })
    await v.s.db.query(`select public.purge_sync_history(interval '0')`)
    expect(await v.s.row('value_items', item)).toBeUndefined()
    const left = await v.s.db.query(
      'select id from public.value_updates where value_item_id = $1',
      [item],
    )
    expect(left).toEqual([])
  })
})
