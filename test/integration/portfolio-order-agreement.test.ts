import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { portfolioResponse } from '../../api/contract/portfolio.ts'
import type { Database } from '../../api/db/database.ts'
import { portfolioRows } from '../../web/features/portfolio/use-portfolio.ts'
import { accountsTrust, readTrustInputs } from '../../web/features/trust/use-accounts-trust.ts'
import { newId } from '../../web/local/new-id.ts'
import { createRestartableServer, type RestartableServer } from '../faults/restartable-server.ts'
import { SimDevice } from '../faults/sim-device.ts'
import { createAccount, createOrg } from '../support/fixtures.ts'
import { databaseTargets } from '../support/test-databases.ts'

// The server's /api/portfolio and the device's portfolio screen order the same relationships
// the same way, ties included: both end on the contract's name-then-id rule.
describe.each(databaseTargets())(
  'the portfolio’s order on the server and the device, on $name',
  (target) => {
    let db: Database
    let server: RestartableServer
    const network: typeof fetch = (input, init) => server.deliver(new Request(input, init))

    beforeAll(async () => {
      db = await target.open()
      server = await createRestartableServer(db)
    })
    afterAll(() => db.close())

    it('lists relationships that tie on band, overdue and cadence in one order on both', async () => {
      const { orgId, users } = await createOrg(db, 'Order Agreement State', ['admin'])
      const adminId = users.admin?.id ?? ''
      // Never contacted, nothing overdue: everything ties but the name, and two share a name.
      for (const name of ['Tied Dept', 'tied dept', 'Tíed Dept', 'Tied Dept', 'Alpha Dept']) {
        await createAccount(db, orgId, name)
      }
      const asOf = '2026-06-01T12:00:00.000Z'
      const res = await server.deliver(
        new Request(`http://liaison.test/api/portfolio?asOf=${asOf}`, {
          headers: { authorization: `Bearer ${await server.token(adminId)}` },
        }),
      )
      expect(res.status).toBe(200)
      const fromServer = portfolioResponse.parse(await res.json()).accounts.map((a) => a.id)

      const device = await new SimDevice(`order-${newId()}`, adminId, server, network).open()
      try {
        expect(await device.engine.syncNow()).toMatchObject({ ok: true })
        const inputs = await readTrustInputs(device.db, adminId)
        const onDevice = portfolioRows(accountsTrust(inputs, new Date(asOf), adminId))
        expect(onDevice.map((row) => row.name)).toEqual([
          'Alpha Dept',
          'tied dept',
          'Tied Dept',
          'Tied Dept',
          'Tíed Dept',
        ])
        expect(onDevice.map((row) => row.id)).toEqual(fromServer)
      } finally {
        await device.destroy()
      }
    })
  },
)
