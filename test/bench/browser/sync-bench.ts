import { tableNames } from '../../../api/contract/tables.ts'
import { createCheckin } from '../../../web/local/checkins.ts'
import { deleteLocalDb, LocalDb, openLocalDb, type AnyRow } from '../../../web/local/local-db.ts'
import { writeRow } from '../../../web/local/local-write.ts'
import { newId } from '../../../web/local/new-id.ts'
import { pullChanges } from '../../../web/sync/pull.ts'
import { pushOutbox } from '../../../web/sync/push.ts'
import type { PullInput, PullResult, PushInput, PushResult, QueuedRow } from '../bench-api.ts'
import { benchDevice, benchHttp, timed } from './bench-device.ts'

/** Every synced row a device holds, per table. */
async function heldRows(db: LocalDb): Promise<Map<string, AnyRow[]>> {
  const held = new Map<string, AnyRow[]>()
  for (const table of tableNames) held.set(table, await db.synced(table).toArray())
  return held
}

/**
 * A first download into an empty device: the real `pullChanges` (pages fetched ahead, what has
 * arrived stored with its cursor in one transaction) over HTTP; then the floor, a Dexie
 * `bulkPut` of the very rows it stored into another empty database (same schema), in one
 * transaction.
 */
export async function pull(input: PullInput): Promise<PullResult> {
  const db = await openLocalDb(input.name)
  const floorDb = new LocalDb(`${input.name}-floor`)
  try {
    const { http, waitedMs } = benchHttp(input.token)
    const pulled = await timed(() => pullChanges(db, http))
    const held = await heldRows(db)
    await floorDb.open()
    const floor = await timed(() =>
      floorDb.transaction('rw', [...held.keys()], async () => {
        for (const [table, rows] of held) await floorDb.table(table).bulkPut(rows)
      }),
    )
    const rows = [...held.values()].reduce((sum, list) => sum + list.length, 0)
    return { liaisonMs: pulled.ms, httpMs: waitedMs(), floorMs: floor.ms, rows }
  } finally {
    await deleteLocalDb(db)
    await deleteLocalDb(floorDb)
  }
}

function queueOne(db: LocalDb, input: PushInput, index: number): Promise<unknown> {
  const { orgId, accountId } = input.scope
  if (index % 2 === 1) {
    return createCheckin(db, {
      account_id: accountId,
      kind: 'call',
      summary: `Follow-up call #${index}`,
      notes: 'Walked through the migration plan and the open risks. '.repeat(3),
      trust_pulse: 1 + (index % 5),
    })
  }
  const fields = {
    org_id: orgId,
    account_id: accountId,
    name: `Bench contact ${index}`,
    title: 'Deputy CIO',
    email: `contact-${index}@bench.test`,
    phone: '+1 555 0100',
    influence: 'influencer' as const,
  }
  return writeRow(db, 'contacts', newId(), fields, { create: true })
}

// Setup, not measured: 50 saves at a time, each still its own transaction (IndexedDB runs them
// one after another), so the queue fills faster than tap by tap.
async function queueWrites(db: LocalDb, input: PushInput): Promise<void> {
  for (let start = 0; start < input.count; start += 50) {
    const end = Math.min(input.count, start + 50)
    const indexes = Array.from({ length: end - start }, (_, offset) => start + offset)
    await Promise.all(indexes.map((index) => queueOne(db, input, index)))
  }
}

/**
 * Queues `count` creates (contacts and check-ins, alternately) on a fresh device, then times the
 * real `pushOutbox` over HTTP until the outbox is empty. Returns what was sent, for the floor.
 */
export async function push(input: PushInput): Promise<PushResult> {
  const db = await benchDevice(input.name, input.scope)
  try {
    const queued = await timed(() => queueWrites(db, input))
    const rows = (await db.outbox.orderBy('seq').toArray()).map((entry): QueuedRow => ({
      table: entry.table === 'contacts' ? 'contacts' : 'checkins',
      id: entry.id,
      fields: entry.fields ?? {},
    }))
    const { http, waitedMs } = benchHttp(input.token)
    const pushed = await timed(() => pushOutbox(db, http))
    const left = await db.outbox.count()
    const times = { liaisonMs: pushed.ms, httpMs: waitedMs(), queueMs: queued.ms }
    return { ...times, ...pushed.value, left, rows }
  } finally {
    await deleteLocalDb(db)
  }
}
