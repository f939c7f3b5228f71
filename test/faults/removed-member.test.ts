import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../api/db/database.ts'
import { writeRow } from '../../web/local/local-write.ts'
import { newId } from '../../web/local/new-id.ts'
import { removedMessage } from '../../web/sync/forget-office.ts'
import { createAccount, createOrg } from '../support/fixtures.ts'
import { databaseTargets } from '../support/test-databases.ts'
import { createRestartableServer, type RestartableServer } from './restartable-server.ts'
import { SimDevice } from './sim-device.ts'

describe.each(databaseTargets())('a member removed from their office, on $name', (target) => {
  let db: Database
  let server: RestartableServer

  beforeAll(async () => {
    db = await target.open()
    server = await createRestartableServer(db)
  })
  afterAll(() => db.close())

  it('has the office wiped from their device at the next sync, keeping what was not sent as refused', async () => {
    const { orgId, users } = await createOrg(db, 'Removing State', ['admin', 'manager'])
    const managerId = users.manager?.id ?? ''
    const accountId = await createAccount(db, orgId)
    const deliver: typeof fetch = (input, init) => server.deliver(new Request(input, init))
    const device = await new SimDevice(`removed-${newId()}`, managerId, server, deliver).open()
    try {
      expect(await device.engine.syncNow()).toMatchObject({ ok: true })
      expect(await device.db.accounts.count()).toBe(1)

      // Written offline, then the admin removes them before it reaches the server.
      const ana = newId()
      const contact = { org_id: orgId, account_id: accountId, name: 'Ana', title: null }
      await writeRow(device.db, 'contacts', ana, contact, { create: true })
      await db.query('update public.members set deleted_at = now() where user_id = $1', [managerId])

      expect(await device.engine.syncNow()).toMatchObject({ ok: false, error: 'removed' })
      expect(await device.db.accounts.count()).toBe(0)
      expect(await device.db.contacts.count()).toBe(0)
      expect(await device.db.orgs.count()).toBe(0)
      expect(await device.db.outbox.count()).toBe(0)
      expect(await device.db.trust_facts.count()).toBe(0)
      const [kept] = await device.db.rejections.toArray()
      expect(kept).toMatchObject({ id: ana, table: 'contacts', message: removedMessage })
      expect(kept?.fields).toMatchObject({ name: 'Ana' })
      expect(device.engine.status()).toMatchObject({ state: 'signed_out' })
      const [row] = await db.query('select 1 from public.contacts where id = $1', [ana])
      expect(row).toBeUndefined()
    } finally {
      await device.destroy()
    }
  })
})
