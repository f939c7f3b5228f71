import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../api/db/database.ts'
import { readAccountSummaries } from '../../web/features/portfolio/use-account-summaries.ts'
import { archiveAccount, createAccount } from '../../web/local/accounts.ts'
import { assignManager } from '../../web/local/assignments.ts'
import { newId } from '../../web/local/new-id.ts'
import { setCadenceDefaults } from '../../web/local/org-settings.ts'
import { readTierCadence } from '../../web/local/tier-cadence.ts'
import { createRestartableServer, type RestartableServer } from '../faults/restartable-server.ts'
import { SimDevice } from '../faults/sim-device.ts'
import { createAccount as createAccountRow, createOrg } from '../support/fixtures.ts'
import { databaseTargets } from '../support/test-databases.ts'

// Issue 13: the admin's relationship tools work offline, through sync, on the real device code.
describe.each(databaseTargets())('an admin’s relationships and assignments, on $name', (target) => {
  let db: Database
  let server: RestartableServer
  let online = true
  const network: typeof fetch = async (input, init) => {
    if (!online) throw new TypeError('Failed to fetch (offline)')
    return server.deliver(new Request(input, init))
  }

  beforeAll(async () => {
    db = await target.open()
    server = await createRestartableServer(db)
  })
  afterAll(() => db.close())

  async function device(userId: string | undefined) {
    return new SimDevice(`admin-sync-${newId()}`, userId ?? '', server, network).open()
  }

  it('creates a relationship and assigns a manager offline; the manager’s next sync has it as theirs', async () => {
    const { orgId, users } = await createOrg(db, 'Admin Sync State', ['admin', 'manager'])
    const managerId = users.manager?.id ?? ''
    const laptop = await device(users.admin?.id)
    const phone = await device(managerId)
    try {
      expect(await laptop.engine.syncNow()).toMatchObject({ ok: true })
      expect(await phone.engine.syncNow()).toMatchObject({ ok: true })

      online = false
      await setCadenceDefaults(laptop.db, orgId, { core: 21 })
      const accountId = await createAccount(laptop.db, {
        kind: 'agency',
        name: 'Department of Parks',
        tier: 'core',
      })
      await assignManager(laptop.db, { accountId, userId: managerId, role: 'primary' })
      // Offline, the admin's own device already holds it at the org's new default.
      const offline = await readAccountSummaries(laptop.db, users.admin?.id ?? '')
      expect(offline.map((s) => [s.account.name, s.cadenceDays])).toEqual([
        ['Department of Parks', 21],
      ])
      expect(await laptop.engine.syncNow()).toMatchObject({ ok: false })
      expect(await laptop.db.outbox.count()).toBe(3)

      online = true
      expect(await laptop.engine.syncNow()).toMatchObject({ ok: true, pushed: 3 })
      expect(await laptop.db.outbox.count()).toBe(0)
      const [stored] = await db.query<{ cadence_days: number; status: string }>(
        'select cadence_days, status from public.accounts where id = $1',
        [accountId],
      )
      // The trigger filled the cadence from the org's default the admin had just set.
      expect(stored).toEqual({ cadence_days: 21, status: 'active' })

      expect(await phone.engine.syncNow()).toMatchObject({ ok: true })
      const mine = await readAccountSummaries(phone.db, managerId)
      expect(mine.map((s) => ({ id: s.account.id, mine: s.mine, cadence: s.cadenceDays }))).toEqual(
        [{ id: accountId, mine: true, cadence: 21 }],
      )
      expect((await readTierCadence(phone.db)).core).toBe(21)

      // Archived, it leaves the manager's portfolio at their next sync; its row stays.
      await archiveAccount(laptop.db, accountId)
      expect(await laptop.engine.syncNow()).toMatchObject({ ok: true, pushed: 1 })
      expect(await phone.engine.syncNow()).toMatchObject({ ok: true })
      expect(await readAccountSummaries(phone.db, managerId)).toEqual([])
      expect(await phone.db.accounts.get(accountId)).toMatchObject({ status: 'archived' })
    } finally {
      online = true
      await laptop.destroy()
      await phone.destroy()
    }
  })

  it('refuses a manager’s relationship, defaults and assignment, and takes them off their device', async () => {
    const { orgId, users } = await createOrg(db, 'Manager Refused State', ['admin', 'manager'])
    const managerId = users.manager?.id ?? ''
    const existing = await createAccountRow(db, orgId, 'Department of Lands')
    const phone = await device(managerId)
    try {
      expect(await phone.engine.syncNow()).toMatchObject({ ok: true })
      await assignManager(phone.db, { accountId: existing, userId: managerId, role: 'primary' })
      const accountId = await createAccount(phone.db, {
        kind: 'vendor',
        name: 'Self-made',
        tier: 'strategic',
      })
      await setCadenceDefaults(phone.db, orgId, { strategic: 3 })
      expect(await phone.engine.syncNow()).toMatchObject({ ok: true, rejected: 3 })
      expect(await phone.db.accounts.get(accountId)).toBeUndefined()
      expect(await phone.db.assignments.count()).toBe(0)
      expect((await readTierCadence(phone.db)).strategic).toBe(14)
      const reasons = (await phone.db.rejections.toArray()).map((r) => r.code)
      expect(reasons).toEqual(['forbidden', 'forbidden', 'forbidden'])
      const [org] = await db.query<{ cadence_strategic_days: number }>(
        'select cadence_strategic_days from public.orgs where id = $1',
        [orgId],
      )
      expect(org?.cadence_strategic_days).toBe(14)
    } finally {
      await phone.destroy()
    }
  })
})
