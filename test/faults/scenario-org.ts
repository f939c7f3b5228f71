import { tableNames } from '../../api/contract/table-names.ts'
import type { Database } from '../../api/db/database.ts'
import { pendingCount, readMeta } from '../../web/local/meta.ts'
import { newId } from '../../web/local/new-id.ts'
import { createOrg } from '../support/fixtures.ts'
import type { SimDevice } from './sim-device.ts'

/** The org of a fault run: two people, two accounts of two contacts each. */
export async function seedOrg(db: Database) {
  const { orgId, users } = await createOrg(db, 'Fault State', ['manager', 'lead'])
  // Ids that sort in the order they were made, as the device's do: a device lists rows by id,
  // so random ids would let the same seed pick other rows on another run.
  const seeded = new Set<string>()
  for (const name of ['Department of Revenue', 'State Police']) {
    const accountId = newId()
    await db.query(
      `insert into public.accounts (id, org_id, kind, name, tier) values ($1, $2, 'agency', $3, 'core')`,
      [accountId, orgId, name],
    )
    seeded.add(accountId)
    for (const contact of ['Ana Ortiz', 'Ben Okafor']) {
      const id = newId()
      await db.query(
        'insert into public.contacts (id, org_id, account_id, name) values ($1, $2, $3, $4)',
        [id, orgId, accountId, contact],
      )
      seeded.add(id)
    }
  }
  return { orgId, users, seeded }
}

/** What each device and the server hold at the end, by count and version sum (no ids). */
export async function finalState(
  db: Database,
  orgId: string,
  devices: SimDevice[],
  label: (device: SimDevice) => string,
) {
  const lines: string[] = []
  for (const device of devices) {
    const [client] = await db.query<{ last_seq: number }>(
      'select last_seq from public.sync_clients where client_id = $1',
      [await readMeta(device.db, 'clientId')],
    )
    lines.push(
      `${label(device)}: ${await pendingCount(device.db)} pending, server last_seq ${client?.last_seq}`,
    )
  }
  for (const table of tableNames) {
    const orgColumn = table === 'orgs' ? 'id' : 'org_id'
    const [row] = await db.query<{ rows: number; versions: number }>(
      `select count(*)::int as rows, coalesce(sum(version), 0)::int as versions
         from public.${table} where ${orgColumn} = $1`,
      [orgId],
    )
    lines.push(`${table}: ${row?.rows} rows, versions ${row?.versions}`)
  }
  return lines
}
