import type { Database } from '../../api/db/database.ts'
import { createAccount, createOrg } from './fixtures.ts'
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
}

/**
 * Opens `target`, puts the app over it and creates the org and account most sync tests start
 * from; close it with `scenario.db.close()`.
 *
 * @example
 * beforeAll(async () => { s = await openOrgScenario(target, 'Rules State', 'Department of Parks') })
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
  }
}
