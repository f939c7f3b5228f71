import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PullResponse } from '../../api/contract/sync-protocol.ts'
import { decodeCursor, encodeCursor } from '../../api/sync/cursor.ts'
import { createAccount, createOrg } from '../support/fixtures.ts'
import { keys, signInDevice, visibleRows } from '../support/sync-device.ts'
import { openOrgScenario, type OrgScenario } from '../support/org-scenario.ts'
import { databaseTargets } from '../support/test-databases.ts'

describe.each(databaseTargets())('sync pull of changes on $name', (target) => {
  let s: OrgScenario

  beforeAll(async () => {
    s = await openOrgScenario(target, 'Changes State', 'Department of Water')
  })
  afterAll(() => s.db.close())

  const visibleRowsOf = (userId: string | undefined) => visibleRows(s.db, s.home.orgId, userId)

  it('sends a delete as a tombstone to other devices', async () => {
    const manager = await signInDevice(s.harness, s.home.users.manager)
    const viewer = await signInDevice(s.harness, s.home.users.viewer)
    const id = randomUUID()
    await manager.push([
      {
        table: 'contacts',
        op: 'upsert',
        id,
        fields: { org_id: s.home.orgId, account_id: s.accountId, name: 'Dee' },
      },
    ])
    await viewer.pullUntil((all) => all.some((c) => c.id === id && c.op === 'upsert'))
    await manager.push([{ table: 'contacts', op: 'delete', id }])
    const changes = await viewer.pullUntil((all) => all.some((c) => c.id === id))
    expect(changes.filter((c) => c.id === id)).toEqual([
      { table: 'contacts', op: 'delete', id, row: null, version: 2 },
    ])
    const fresh = await (await signInDevice(s.harness, s.home.users.viewer)).pullAll()
    expect(fresh.some((c) => c.id === id && c.op === 'upsert')).toBe(false)
  })

  it('sends a check-in made private as a delete to others, and keeps it for its author', async () => {
    const author = await signInDevice(s.harness, s.home.users.manager)
    const colleague = await signInDevice(s.harness, s.home.users.admin)
    const id = randomUUID()
    await author.push([
      {
        table: 'checkins',
        op: 'upsert',
        id,
        fields: { org_id: s.home.orgId, account_id: s.accountId, notes: 'Budget talk' },
      },
    ])
    await author.pullUntil((all) => all.some((c) => c.id === id))
    await colleague.pullUntil((all) => all.some((c) => c.id === id && c.op === 'upsert'))
    await author.push([
      { table: 'checkins', op: 'upsert', id, fields: { visibility: 'private' }, baseVersion: 1 },
    ])
    const theirs = await colleague.pullUntil((all) => all.some((c) => c.id === id))
    expect(theirs.filter((c) => c.id === id)).toEqual([
      { table: 'checkins', op: 'delete', id, row: null, version: 2 },
    ])
    const mine = await author.pullUntil((all) => all.some((c) => c.id === id))
    expect(mine.filter((c) => c.id === id)).toMatchObject([
      { op: 'upsert', version: 2, row: { visibility: 'private', notes: 'Budget talk' } },
    ])
  })

  it('asks for a full download when the person joins or leaves an org', async () => {
    const user = s.home.users.manager
    const other = await createOrg(s.db, 'Joined Later', ['admin'])
    const theirAccount = await createAccount(s.db, other.orgId, 'Department of Parks')
    const device = await signInDevice(s.harness, user)
    expect(keys(await device.pullAll())).not.toContain(`accounts:${theirAccount}`)

    await s.db.query(
      `insert into public.members (org_id, user_id, role, display_name, email)
       values ($1, $2, 'manager', 'Joiner', $3)`,
      [other.orgId, user?.id, user?.email],
    )
    expect(await device.pullPage()).toMatchObject({ changes: [], resetRequired: true })
    const joined = keys(await device.pullAll())
    expect(joined).toContain(`accounts:${theirAccount}`)
    expect(joined.sort()).toEqual(
      [
        ...(await visibleRowsOf(user?.id)),
        ...(await visibleRows(s.db, other.orgId, user?.id)),
      ].sort(),
    )

    await s.db.query(
      'update public.members set deleted_at = now() where org_id = $1 and user_id = $2',
      [other.orgId, user?.id],
    )
    expect(await device.pullPage()).toMatchObject({ changes: [], resetRequired: true })
    const left = keys(await device.pullAll())
    expect(left.sort()).toEqual(await visibleRowsOf(user?.id))
    expect((await device.pullPage()).resetRequired).toBe(false)
  })

  it('lets a cursor from before membership fingerprints carry on, and gives it one', async () => {
    const device = await signInDevice(s.harness, s.home.users.manager)
    let page: PullResponse | null = null
    while (!page || page.hasMore) {
      const res = await device.getPull({ cursor: page?.cursor, clientId: device.clientId })
      page = (await res.json()) as PullResponse
    }
    const decoded = decodeCursor(page.cursor)
    if (!decoded) throw new Error('the server sent a cursor it cannot read')
    const { orgs, ...older } = decoded
    expect(orgs).toMatch(/^[0-9a-f]{16}$/)
    const res = await device.getPull({ cursor: encodeCursor(older), clientId: device.clientId })
    const next = (await res.json()) as PullResponse
    expect(next.resetRequired).toBe(false)
    expect(decodeCursor(next.cursor)?.orgs).toBe(orgs)
  })

  it.skipIf(target.name !== 'pglite')(
    'asks for a full download once the log it needs is purged',
    async () => {
      const manager = await signInDevice(s.harness, s.home.users.manager)
      const gone = randomUUID()
      await manager.push([
        {
          table: 'contacts',
          op: 'upsert',
          id: gone,
          fields: { org_id: s.home.orgId, account_id: s.accountId, name: 'Flo' },
        },
      ])
      await manager.pullAll()
      await manager.push([{ table: 'contacts', op: 'delete', id: gone }])
      await s.db.query(`select public.purge_sync_history('0 seconds')`)
      const reset = await manager.pullPage()
      // A purge with no retention also forgets the device, idle since its last push.
      expect(reset).toMatchObject({
        changes: [],
        cursor: '',
        hasMore: true,
        resetRequired: true,
        lastSeq: 0,
      })
      const again = await manager.pullAll()
      expect(keys(again).sort()).toEqual(await visibleRowsOf(s.home.users.manager?.id))
      expect(again.some((c) => c.id === gone)).toBe(false)
      expect(await s.db.query('select 1 from public.contacts where id = $1', [gone])).toEqual([])
      expect((await manager.pullPage()).resetRequired).toBe(false)
    },
  )
})
