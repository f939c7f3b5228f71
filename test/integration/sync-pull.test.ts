import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Change } from '../../api/contract/sync-protocol.ts'
import type { Database } from '../../api/db/database.ts'
import { decodeCursor } from '../../api/sync/cursor.ts'
import { createAccount, createOrg } from '../support/fixtures.ts'
import { keys, signInDevice, visibleRows } from '../support/sync-device.ts'
import { createTestApp } from '../support/test-app.ts'
import { databaseTargets } from '../support/test-databases.ts'

const isoTimestamp = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/
const phaseOf = (cursor: string) => decodeCursor(cursor)?.phase

describe.each(databaseTargets())('sync pull on $name', (target) => {
  let db: Database
  let harness: Awaited<ReturnType<typeof createTestApp>>
  let home: Awaited<ReturnType<typeof createOrg>>
  let neighbour: Awaited<ReturnType<typeof createOrg>>
  let accountId: string
  let neighbourAccount: string
  const ids = {
    checkin: randomUUID(),
    hidden: randomUUID(),
    item: randomUUID(),
    contact: randomUUID(),
  }

  beforeAll(async () => {
    db = await target.open()
    harness = await createTestApp(db)
    home = await createOrg(db, 'Pull State')
    neighbour = await createOrg(db, 'Pull Neighbour', ['manager'])
    accountId = await createAccount(db, home.orgId, 'Department of Water')
    neighbourAccount = await createAccount(db, neighbour.orgId, 'Neighbour Water')
    await db.query(
      `insert into public.contacts (id, org_id, account_id, name) values ($1, $2, $3, 'Ann')`,
      [ids.contact, home.orgId, accountId],
    )
    await db.query(
      `insert into public.checkins (id, org_id, account_id, author_id, notes, visibility,
         attendee_contact_ids)
       values ($1, $3, $4, $5, 'shared', 'org', array[$6::uuid]),
              ($2, $3, $4, $5, 'hidden', 'private', '{}')`,
      [ids.checkin, ids.hidden, home.orgId, accountId, home.users.manager?.id, ids.contact],
    )
    await db.query(
      `insert into public.action_items (id, org_id, account_id, title, due_on)
       values ($1, $2, $3, 'Share the budget', '2026-12-01')`,
      [ids.item, home.orgId, accountId],
    )
  })
  afterAll(() => db.close())

  const visibleRowsOf = (userId: string | undefined) => visibleRows(db, home.orgId, userId)

  it('sends a first pull every row the user may see, in pages, each once', async () => {
    const viewer = await signInDevice(harness, home.users.viewer)
    const expected = await visibleRowsOf(home.users.viewer?.id)
    const snapshot: Change[] = []
    const estimates: Array<number | undefined> = []
    for (;;) {
      const page = await viewer.pullPage(3)
      estimates.push(page.estimatedTotal)
      expect(page.changes.length).toBeLessThanOrEqual(3)
      expect(page.hasMore).toBe(true)
      snapshot.push(...page.changes)
      if (phaseOf(page.cursor) === 'log') break
      expect(phaseOf(page.cursor)).toBe('snapshot')
    }
    expect(keys(snapshot).sort()).toEqual(expected)
    // The first page says how many rows the whole download brings, for the progress bar.
    expect(estimates).toEqual([expected.length, ...estimates.slice(1).map(() => undefined)])
    expect(snapshot.every((c) => c.op === 'upsert' && c.row?.org_id === home.orgId)).toBe(true)
    await viewer.pullAll(3) // the log phase, then nothing more
    const idle = await viewer.pullPage()
    expect(idle).toMatchObject({ changes: [], hasMore: false, resetRequired: false })
    expect(phaseOf(idle.cursor)).toBe('log')
  })

  it('sends rows as JSON: ISO timestamps, dates, uuid arrays, orgs with org_id', async () => {
    const manager = await signInDevice(harness, home.users.manager)
    const changes = await manager.pullAll()
    const find = (table: string, id: string) =>
      changes.find((c) => c.table === table && c.id === id)
    const checkin = find('checkins', ids.checkin)?.row
    expect(checkin).toMatchObject({
      attendee_contact_ids: [ids.contact],
      version: 1,
      deleted_at: null,
    })
    expect(checkin?.occurred_at).toMatch(isoTimestamp)
    expect(checkin?.created_at).toMatch(isoTimestamp)
    expect(find('action_items', ids.item)?.row).toMatchObject({ due_on: '2026-12-01' })
    expect(find('orgs', home.orgId)?.row).toMatchObject({ id: home.orgId, org_id: home.orgId })
    expect(find('checkins', ids.hidden)?.row).toMatchObject({ visibility: 'private' })
  })

  it("never sends another org's rows, in the snapshot or the log", async () => {
    const viewer = await signInDevice(harness, home.users.viewer)
    const outsider = await signInDevice(harness, neighbour.users.manager)
    await viewer.pullAll()
    const marker = randomUUID()
    await outsider.push([
      {
        table: 'accounts',
        op: 'upsert',
        id: neighbourAccount,
        // Goals, which a manager keeps: a rename is an admin's and would be refused.
        fields: { strategic_goals: 'Changed next door' },
      },
      {
        table: 'contacts',
        op: 'upsert',
        id: randomUUID(),
        fields: { org_id: neighbour.orgId, account_id: neighbourAccount, name: 'Bo' },
      },
    ])
    const manager = await signInDevice(harness, home.users.manager)
    await manager.push([
      {
        table: 'contacts',
        op: 'upsert',
        id: marker,
        fields: { org_id: home.orgId, account_id: accountId, name: 'Cy' },
      },
    ])
    const changes = await viewer.pullUntil((all) => all.some((c) => c.id === marker))
    const fresh = await (await signInDevice(harness, home.users.viewer)).pullAll()
    for (const change of [...changes, ...fresh]) {
      if (change.row) expect(change.row.org_id).toBe(home.orgId)
      expect(change.id).not.toBe(neighbourAccount)
    }
  })

  it("reports the device's last applied seq", async () => {
    const manager = await signInDevice(harness, home.users.manager)
    await manager.push([
      {
        table: 'contacts',
        op: 'upsert',
        id: randomUUID(),
        fields: { org_id: home.orgId, account_id: accountId, name: 'Ed' },
      },
      { table: 'nowhere', op: 'delete', id: randomUUID() },
    ])
    expect((await manager.pullPage()).lastSeq).toBe(2)
    const res = await manager.getPull({ clientId: randomUUID() })
    expect(await res.json()).toMatchObject({ lastSeq: 0 })
    const other = await signInDevice(harness, home.users.admin)
    const foreign = await other.getPull({ clientId: manager.clientId })
    expect(await foreign.json()).toMatchObject({ lastSeq: 0 })
  })

  it('answers bad query values with 400 naming the field', async () => {
    const viewer = await signInDevice(harness, home.users.viewer)
    const forge = (cursor: object) => Buffer.from(JSON.stringify(cursor)).toString('base64url')
    const cases: [Record<string, string | number>, string][] = [
      [{ cursor: 'not a cursor!' }, 'cursor'],
      [{ cursor: forge({ v: 1, phase: 'log', xid: 'x' }) }, 'cursor'],
      [{ cursor: forge({ v: 1, phase: 'log', xid: '99999999999999999999', after: 0 }) }, 'cursor'],
      [{ cursor: forge({ v: 1, phase: 'snapshot', xid: '1', table: 99, after: null }) }, 'cursor'],
      [{ cursor: 'x'.repeat(300) }, 'cursor'],
      [{ limit: 5000 }, 'limit'],
      [{ limit: 0 }, 'limit'],
      [{ limit: 'many' }, 'limit'],
      [{ clientId: 'phone' }, 'clientId'],
    ]
    for (const [query, field] of cases) {
      const res = await viewer.getPull(query)
      expect(res.status, JSON.stringify(query)).toBe(400)
      const body = (await res.json()) as { error: string; message: string }
      expect(body.error).toBe('bad_request')
      expect(body.message.startsWith(`${field}:`), body.message).toBe(true)
    }
  })

  // The purge is global: on a shared server it would reset every other suite's devices.
})
