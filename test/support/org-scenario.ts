import { randomUUID } from 'node:crypto'
import type { Database } from '../../api/db/database.ts'
import { createAccount, createOrg } from './fixtures.ts'
import { signInDevice } from './sync-device.ts'
import { createTestApp } from './test-app.ts'
import type { DatabaseTarget } from './test-databases.ts'

/** A database with the app over it and one org (every role) holding one account. */
export interface OrgScenario {
  db: Database
  harness: Awaited<ReturnType<typeof createTestApp>>
  home: Awaited<ReturnType<typeof createOrg>>
  accountId: string
  /** A row as the table owner sees it, or undefined. */
  row<T>(table: string, id: string): Promise<T | undefined>
  /** The last seq the server holds for a device, or undefined before its first push. */
  lastSeq(clientId: string): Promise<number | undefined>
  /** A contact's create in the org's account, as a device queues it. */
  newContact(
    id?: string,
    name?: string,
  ): {
    table: 'contacts'
    op: 'upsert'
    id: string
    fields: { org_id: string; account_id: string; name: string }
  }
  /** Two signed-in devices: the manager's phone and the admin's laptop. */
  devices(): Promise<{ phone: SyncDevice; laptop: SyncDevice }>
}

type SyncDevice = Awaited<ReturnType<typeof signInDevice>>

/**
 * Opens `target`, puts the app over it and creates the org and account most sync tests start
 * from; close it with `scenario.db.close()`.
 */
export async function openOrgScenario(
  target: DatabaseTarget,
  orgName: string,
  accountName: string,
): Promise<OrgScenario> {
  const db = await target.open()
  const harness = await createTestApp(db)
  const home = await createOrg(db, orgName)
  const accountId = await createAccount(db, home.orgId, accountName)
  return {
    db,
    harness,
    home,
    accountId,
    async row<T>(table: string, id: string) {
      return (await db.query<T>(`select * from public.${table} where id = $1`, [id]))[0]
    },
    async lastSeq(clientId: string) {
      const [client] = await db.query<{ last_seq: number }>(
        'select last_seq from public.sync_clients where client_id = $1',
        [clientId],
      )
      return client?.last_seq
    },
    newContact(id = randomUUID(), name = 'Ann Example') {
      const fields = { org_id: home.orgId, account_id: accountId, name }
      return { table: 'contacts', op: 'upsert', id, fields }
    },
    async devices() {
      return {
        phone: await signInDevice(harness, home.users.manager),
        laptop: await signInDevice(harness, home.users.admin),
      }
    },
  }
}
