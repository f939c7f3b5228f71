import { randomUUID } from 'node:crypto'
import postgres from 'postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../api/db/database.ts'
import { decodeCursor } from '../../api/sync/cursor.ts'
import { createAccount, createOrg } from '../support/fixtures.ts'
import { signInDevice } from '../support/sync-device.ts'
import { createTestApp } from '../support/test-app.ts'
import { databaseTargets } from '../support/test-databases.ts'

// PGlite has one connection, so no transaction can stay open beside the API's: real server only.
const server = databaseTargets().find((target) => target.name === 'postgres')

/** Inserts a contact on its own connection and keeps the transaction open until `commit()`. */
function openSlowTransaction(
  raw: postgres.Sql,
  row: { id: string; orgId: string; accountId: string },
) {
  let commit: () => void = () => {}
  const held = new Promise<void>((resolve) => (commit = resolve))
  let written: (entry: { xid: string; logId: number }) => void = () => {}
  const entry = new Promise<{ xid: string; logId: number }>((resolve) => (written = resolve))
  const done = raw.begin(async (tx) => {
    await tx`insert into public.contacts (id, org_id, account_id, name)
             values (${row.id}, ${row.orgId}, ${row.accountId}, 'Written first, committed last')`
    const [logged] = await tx`select xid::text as xid, id::int as id
                              from public.change_log where row_id = ${row.id}`
    written({ xid: String(logged?.xid), logId: Number(logged?.id) })
    await held
  })
  return {
    entry,
    async commit() {
      commit()
      await done
    },
  }
}

describe.skipIf(!server)('a late commit on the real PostgreSQL', () => {
  let db: Database
  let raw: postgres.Sql
  let harness: Awaited<ReturnType<typeof createTestApp>>
  let home: Awaited<ReturnType<typeof createOrg>>
  let accountId: string

  beforeAll(async () => {
    if (!server) return
    db = await server.open()
    raw = postgres(process.env.DATABASE_URL ?? '', { max: 1, onnotice: () => {} })
    harness = await createTestApp(db)
    home = await createOrg(db, 'Late State')
    accountId = await createAccount(db, home.orgId, 'Department of Slow Things')
  })
  afterAll(async () => {
    await raw?.end({ timeout: 5 })
    await db?.close()
  })

  it('is pulled even though rows written after it were pulled first', async () => {
    const phone = await signInDevice(harness, home.users.manager)
    const viewer = await signInDevice(harness, home.users.viewer)
    await viewer.pullAll()
    const late = randomUUID()
    const early = randomUUID()
    const has = (id: string) => (changes: { id: string }[]) => changes.some((c) => c.id === id)

    const slow = openSlowTransaction(raw, { id: late, orgId: home.orgId, accountId })
    const newcomer = await signInDevice(harness, home.users.viewer)
    try {
      const { xid: lateXid, logId: lateLogId } = await slow.entry
      await phone.push([
        {
          table: 'contacts',
          op: 'upsert',
          id: early,
          fields: { org_id: home.orgId, account_id: accountId, name: 'Written second' },
        },
      ])
      const [logged] = await db.query<{ id: number }>(
        'select id from public.change_log where row_id = $1',
        [early],
      )
      // The late row is logged before the early one: a cursor on the log's id (or on time)
      // that moved past `early` would skip it for ever.
      expect(lateLogId).toBeLessThan(logged?.id ?? 0)

      const whileOpen = await viewer.pullAll()
      expect(has(late)(whileOpen)).toBe(false)
      expect(has(early)(whileOpen)).toBe(false)
      const cursor = decodeCursor(viewer.cursor ?? '')
      expect(cursor?.phase).toBe('log')
      expect(BigInt(cursor?.xid ?? '0')).toBeLessThanOrEqual(BigInt(lateXid))

      // A first download meanwhile gets the early row from the snapshot, not the late one,
      // and its log phase starts no later than the open transaction.
      const snapshot = await newcomer.pullAll()
      expect(has(early)(snapshot)).toBe(true)
      expect(has(late)(snapshot)).toBe(false)
      expect(BigInt(decodeCursor(newcomer.cursor ?? '')?.xid ?? '0')).toBeLessThanOrEqual(
        BigInt(lateXid),
      )
    } finally {
      await slow.commit()
    }

    const after = await viewer.pullUntil((all) => has(late)(all) && has(early)(all))
    expect(after.find((c) => c.id === late)).toMatchObject({
      op: 'upsert',
      row: { name: 'Written first, committed last' },
    })
    const caughtUp = await newcomer.pullUntil(has(late))
    expect(caughtUp.find((c) => c.id === late)?.op).toBe('upsert')
  })
})
