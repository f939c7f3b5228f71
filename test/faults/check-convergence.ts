import { writableFields, tableNames, type TableName } from '../../api/contract/tables.ts'
import { asUser } from '../../api/db/as-user.ts'
import type { Database } from '../../api/db/database.ts'
import { pendingCount, readMeta } from '../../web/local/meta.ts'
import { trustFactsDrift } from '../../web/local/trust-facts-drift.ts'
import type { SimDevice } from './sim-device.ts'

const timestampColumns = new Set(['occurred_at', 'captured_at', 'completed_at'])

function comparable(table: TableName, row: Record<string, unknown>) {
  const columns = [...Object.keys(writableFields[table].shape), 'org_id', 'version']
  return Object.fromEntries(
    columns.map((column) => {
      const value = row[column]
      if (timestampColumns.has(column) && value != null) {
        return [column, new Date(value as string | Date).toISOString()]
      }
      return [column, value ?? null]
    }),
  )
}

/** What the server lets `userId` see of one org: the truth each of their devices must hold. */
async function serverView(db: Database, orgId: string, userId: string) {
  const view: Record<string, Map<string, Record<string, unknown>>> = {}
  await asUser(db, { sub: userId, role: 'authenticated' }, async (tx) => {
    for (const table of tableNames) {
      const orgColumn = table === 'orgs' ? 'id' : 'org_id'
      const rows = await tx.query<Record<string, unknown>>(
        `select * from public.${table} where ${orgColumn} = $1 and deleted_at is null`,
        [orgId],
      )
      view[table] = new Map(
        rows.map((row) => [
          String(row.id),
          comparable(table, table === 'orgs' ? { ...row, org_id: row.id } : row),
        ]),
      )
    }
  })
  return view
}

/**
 * The guarantees of SYNC.md after the network healed and every device synced: nothing pending,
 * every queued mutation reached the server exactly once, no change refused, the trust facts in
 * step with the rows, and every device holds exactly the rows its user may see, with the
 * server's values.
 */
export async function checkConvergence(db: Database, orgId: string, devices: SimDevice[]) {
  const problems: string[] = []
  // Two devices of one person must hold the same view: read it once per person.
  const views = new Map<string, Awaited<ReturnType<typeof serverView>>>()
  for (const device of devices) {
    const pending = await pendingCount(device.db)
    if (pending) problems.push(`${device.name}: ${pending} changes still pending`)
    const rejected = await device.db.rejections.toArray()
    for (const r of rejected) problems.push(`${device.name}: seq ${r.seq} rejected: ${r.message}`)
    // A device that registered anew sends under its new client id, seqs offset by seqBase.
    const queued = ((await readMeta(device.db, 'nextSeq')) ?? 1) - 1
    const sent = queued - ((await readMeta(device.db, 'seqBase')) ?? 0)
    const [client] = await db.query<{ last_seq: number }>(
      'select last_seq from public.sync_clients where client_id = $1',
      [await readMeta(device.db, 'clientId')],
    )
    if (Number(client?.last_seq ?? 0) !== sent) {
      problems.push(`${device.name}: server last_seq ${client?.last_seq} ≠ ${sent} sent`)
    }
    for (const drift of await trustFactsDrift(device.db)) problems.push(`${device.name}: ${drift}`)
    const truth = views.get(device.userId) ?? (await serverView(db, orgId, device.userId))
    views.set(device.userId, truth)
    for (const table of tableNames) {
      const local = await device.db.synced(table).toArray()
      const expected = truth[table] ?? new Map()
      const seen = new Set<string>()
      for (const row of local) {
        seen.add(row.id)
        const want = expected.get(row.id)
        const got = JSON.stringify(comparable(table, row))
        if (!want) problems.push(`${device.name}: ${table} ${row.id} should not be on the device`)
        else if (JSON.stringify(want) !== got) {
          problems.push(
            `${device.name}: ${table} ${row.id} differs: ${got} vs ${JSON.stringify(want)}`,
          )
        }
      }
      for (const id of expected.keys()) {
        if (!seen.has(id)) problems.push(`${device.name}: ${table} ${id} missing on the device`)
      }
    }
  }
  return problems
}

/**
 * Exactly once: every row's version counts its create (or the seed's insert) plus one per
 * mutation applied to it, so a mutation applied twice — or lost — shows up here.
 */
export async function checkExactlyOnce(
  db: Database,
  devices: SimDevice[],
  seededRowIds: ReadonlySet<string>,
) {
  const applied = new Map<string, { table: string; count: number }>()
  for (const m of devices.flatMap((d) => d.mutations)) {
    const key = m.id
    const entry = applied.get(key) ?? { table: m.table, count: seededRowIds.has(m.id) ? 1 : 0 }
    entry.count += 1
    applied.set(key, entry)
  }
  const problems: string[] = []
  for (const [id, { table, count }] of applied) {
    const [row] = await db.query<{ version: number }>(
      `select version from public.${table} where id = $1`,
      [id],
    )
    if (!row) problems.push(`${table} ${id} never reached the server`)
    else if (row.version !== count) {
      problems.push(`${table} ${id}: version ${row.version}, expected ${count} applications`)
    }
  }
  return problems
}
