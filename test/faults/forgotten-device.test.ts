import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../api/db/database.ts'
import { writeRow } from '../../web/local/local-write.ts'
import { readMeta } from '../../web/local/meta.ts'
import { newId } from '../../web/local/new-id.ts'
import { createAccount, createOrg } from '../support/fixtures.ts'
import { databaseTargets } from '../support/test-databases.ts'
import { checkConvergence, checkExactlyOnce } from './check-convergence.ts'
import { createRestartableServer, type RestartableServer } from './restartable-server.ts'
import { SimDevice } from './sim-device.ts'

/** How the server may lose a device's history: its client row purged, or a backup restored. */
const forgettings = {
  'its client row deleted': (db: Database, clientId: string) =>
    db.query('delete from public.sync_clients where client_id = $1', [clientId]),
  'a backup restored from before its last push': (db: Database, clientId: string) =>
    db.query('update public.sync_clients set last_seq = 1 where client_id = $1', [clientId]),
}

describe.each(databaseTargets())('a device the server forgot, on $name', (target) => {
  let db: Database
  let server: RestartableServer

  beforeAll(async () => {
    db = await target.open()
    server = await createRestartableServer(db)
  })
  afterAll(() => db.close())

  it.each(Object.entries(forgettings))(
    'after %s, registers anew and sends its pending changes once',
    async (_, forget) => {
      const { orgId, users } = await createOrg(db, 'Restored State', ['manager'])
      const accountId = await createAccount(db, orgId)
      const deliver: typeof fetch = (input, init) => server.deliver(new Request(input, init))
      const device = await new SimDevice(
        `forgotten-${newId()}`,
        users.manager?.id ?? '',
        server,
        deliver,
      ).open()
      try {
        const contact = { org_id: orgId, account_id: accountId, title: null, email: null }
        const ana = newId()
        await writeRow(device.db, 'contacts', ana, { ...contact, name: 'Ana' }, { create: true })
        await writeRow(device.db, 'contacts', ana, { title: 'CIO' })
        await device.record()
        expect(await device.engine.syncNow()).toMatchObject({ ok: true, pushed: 2 })

        await forget(db, device.clientId)
        // Changes made while the server was being restored, not yet sent.
        const ben = newId()
        await writeRow(device.db, 'contacts', ben, { ...contact, name: 'Ben' }, { create: true })
        await writeRow(device.db, 'contacts', ana, { email: 'ana@revenue.example.gov' })
        await writeRow(device.db, 'accounts', accountId, { maturity_self: 4 })
        await device.record()

        expect(await device.engine.syncNow()).toMatchObject({ ok: true, pushed: 3 })
        expect(await checkConvergence(db, orgId, [device])).toEqual([])
        expect(await checkExactlyOnce(db, [device], new Set([accountId]))).toEqual([])
        expect(await readMeta(device.db, 'reregistration')).toMatchObject({
          previousClientId: device.clientId,
          resent: 3,
          cause: 'seq_gap',
          accepted: true,
        })
        expect(device.engine.status()).toMatchObject({ state: 'idle', lastError: null })
      } finally {
        await device.destroy()
      }
    },
  )
})
