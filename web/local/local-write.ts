import { z } from 'zod'
import {
  isServerOwned,
  writableFields,
  type Fields,
  type TableName,
} from '../../api/contract/tables.ts'
import type { AnyRow, LocalDb } from './local-db.ts'
import { readMeta, writeMeta } from './meta.ts'
import { keepShadow } from './shadows.ts'

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
  const create = options.create === true
  const wire = wireFields(table, fields, create)
  const now = (options.now ?? new Date()).toISOString()
  return db.transaction('rw', db.writeScope(), async () => {
    const rows = db.synced(table)
    const existing = await rows.get(id)
    if (create && existing) throw new LocalWriteError(`${table} ${id} already exists`)
    if (!create && !existing) throw new LocalWriteError(`${table} ${id} is not on this device`)
    const seq = await allocateSeq(db)
    await keepShadow(db, table, id, existing ?? null)
    const row: AnyRow = existing
      ? { ...existing, ...wire, updated_at: now }
      : {
          id,
          version: null,
          created_at: now,
          updated_at: now,
          deleted_at: null,
          ...(typeof fields.author_id === 'string' ? { author_id: fields.author_id } : {}),
          ...wire,
        }
    await rows.put(row)
    const baseVersion = existing?.version ?? null
    await db.outbox.add({
      seq,
      table,
      op: 'upsert',
      id,
      fields: wire,
      baseVersion,
      capturedAt: now,
    })
    return seq
  })
}

/**
 * Deletes a row on this device and queues the delete, in one transaction. Returns the change's
 * `seq`, or null when the row is not here (already deleted).
 *
 * @example
 * await deleteRow(db, 'contacts', contactId)
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
