import { z } from 'zod'
import {
  isServerOwned,
  writableFields,
  type Fields,
  type TableName,
} from '../../api/contract/tables.ts'
import type { AnyRow, LocalDb, OutboxEntry, Shadow } from './local-db.ts'
import { readMeta, writeMeta } from './meta.ts'
import { keepShadow, rowKey } from './shadows.ts'

/** A local write refused before anything was stored (invalid fields, missing row). */
export class LocalWriteError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'LocalWriteError'
  }
}

/** Fields for a write: the table's writable columns, plus `org_id` on a create. */
export type WriteFields<T extends TableName> = Partial<Fields<T>> & {
  org_id?: string
  /** Kept on the local row only: the server takes an authored row's author from the token. */
  author_id?: string
}

export interface WriteOptions {
  /** The row is new: it must not exist yet, and its change has no base version. */
  create?: boolean
  now?: Date
}

function wireFields(table: TableName, fields: Record<string, unknown>, create: boolean) {
  // The server owns these and ignores them; `org_id` travels with a create only (below).
  const writable = Object.fromEntries(
    Object.entries(fields).filter(([key]) => key !== 'org_id' && !isServerOwned(table, key)),
  )
  const schema = (writableFields[table] as z.ZodObject).partial().strict()
  const parsed = schema.safeParse(writable)
  if (!parsed.success) throw new LocalWriteError(`${table}: ${z.prettifyError(parsed.error)}`)
  if (!create || table === 'orgs') return parsed.data
  if (typeof fields.org_id !== 'string') throw new LocalWriteError(`${table}: org_id is required`)
  return { org_id: fields.org_id, ...parsed.data }
}

async function allocateSeq(db: LocalDb): Promise<number> {
  const seq = (await readMeta(db, 'nextSeq')) ?? 1
  await writeMeta(db, 'nextSeq', seq + 1)
  return seq
}

/** One row to create or change with `writeRows`. */
export interface RowWrite<T extends TableName = TableName> {
  table: T
  id: string
  fields: WriteFields<T>
  /** The row is new: it must not exist yet, and its change has no base version. */
  create?: boolean
}

function newRow(id: string, now: string, fields: WriteFields<TableName>, wire: object): AnyRow {
  return {
    id,
    version: null,
    created_at: now,
    updated_at: now,
    deleted_at: null,
    ...(typeof fields.author_id === 'string' ? { author_id: fields.author_id } : {}),
    ...wire,
  }
}

/**
 * Creates or changes several rows on this device in ONE transaction (joining the caller's): each
 * row, its shadow and its outbox entry, with consecutive seqs in the order given. The reads go
 * out together, then the writes, so a check-in with its commitments costs two waits on
 * IndexedDB, not two per row. Each row may appear once. Returns the seqs.
 *
 * @example
 * const [checkinSeq, itemSeq] = await writeRows(db, [
 *   { table: 'checkins', id: checkinId, fields: checkin, create: true },
 *   { table: 'action_items', id: itemId, fields: item, create: true },
 * ])
 */
export async function writeRows(
  db: LocalDb,
  writes: RowWrite[],
  options: Pick<WriteOptions, 'now'> = {},
): Promise<number[]> {
  const now = (options.now ?? new Date()).toISOString()
  const prepared = writes.map((write) => ({
    ...write,
    key: rowKey(write.table, write.id),
    wire: wireFields(write.table, write.fields, write.create === true),
  }))
  if (new Set(prepared.map((write) => write.key)).size < prepared.length) {
    throw new LocalWriteError('the same row is written twice in one save')
  }
  return db.transaction('rw', db.writeScope(), async () => {
    const [existing, nextSeq, shadows] = await Promise.all([
      Promise.all(prepared.map((write) => db.synced(write.table).get(write.id))),
      readMeta(db, 'nextSeq'),
      db.shadows.bulkGet(prepared.map((write) => write.key)),
    ])
    const first = nextSeq ?? 1
    const rows = new Map<TableName, AnyRow[]>()
    const entries: OutboxEntry[] = []
    const newShadows: Shadow[] = []
    prepared.forEach((write, index) => {
      const { table, id, key, wire } = write
      const before = existing[index]
      if (write.create && before) throw new LocalWriteError(`${table} ${id} already exists`)
      if (!write.create && !before)
        throw new LocalWriteError(`${table} ${id} is not on this device`)
      if (!shadows[index]) newShadows.push({ key, row: before ?? null })
      const row = before
        ? { ...before, ...wire, updated_at: now }
        : newRow(id, now, write.fields, wire)
      rows.set(table, [...(rows.get(table) ?? []), row])
      const baseVersion = before?.version ?? null
      const seq = first + index
      entries.push({ seq, table, op: 'upsert', id, fields: wire, baseVersion, capturedAt: now })
    })
    await Promise.all([
      writeMeta(db, 'nextSeq', first + prepared.length),
      newShadows.length > 0 ? db.shadows.bulkPut(newShadows) : undefined,
      ...[...rows].map(([table, list]) => db.synced(table).bulkPut(list)),
      db.outbox.bulkAdd(entries),
    ])
    return entries.map((entry) => entry.seq)
  })
}

/**
 * Creates or changes a row on this device: the row and its outbox entry are written in ONE
 * transaction (it joins the caller's when called inside one), so a change is either shown and
 * queued, or neither. Returns the change's `seq`.
 *
 * @example
 * await writeRow(db, 'contacts', newId(), { org_id, account_id, name: 'Ana' }, { create: true })
 * await writeRow(db, 'accounts', accountId, { tier: 'strategic' })
 */
export async function writeRow<T extends TableName>(
  db: LocalDb,
  table: T,
  id: string,
  fields: WriteFields<T>,
  options: WriteOptions = {},
): Promise<number> {
  const write: RowWrite = { table, id, fields: fields as WriteFields<TableName> }
  if (options.create) write.create = true
  const [seq] = await writeRows(db, [write], options.now ? { now: options.now } : {})
  if (seq === undefined) throw new LocalWriteError(`${table} ${id} was not written`)
  return seq
}

/**
 * Deletes a row on this device and queues the delete, in one transaction. Returns the change's
 * `seq`, or null when the row is not here (already deleted).
 */
export async function deleteRow(
  db: LocalDb,
  table: TableName,
  id: string,
  options: Pick<WriteOptions, 'now'> = {},
): Promise<number | null> {
  const now = (options.now ?? new Date()).toISOString()
  return db.transaction('rw', db.writeScope(), async () => {
    const rows = db.synced(table)
    const existing = await rows.get(id)
    if (!existing) return null
    const seq = await allocateSeq(db)
    await keepShadow(db, table, id, existing)
    await rows.delete(id)
    const baseVersion = existing.version ?? null
    await db.outbox.add({ seq, table, op: 'delete', id, baseVersion, capturedAt: now })
    return seq
  })
}
