import { Dexie, type Table, type Transaction } from 'dexie'
import { tableNames, type TableName } from '../../api/contract/table-names.ts'
import type { AuthorColumn, Fields } from '../../api/contract/tables.ts'
import type { RejectionCode } from '../../api/contract/sync-protocol.ts'
import { beginFullDownload } from './full-download.ts'
import { trustFactsMiddleware } from './trust-facts-middleware.ts'
import { buildTrustFacts, readFactTables, trustFactsStore, type TrustFacts } from './trust-facts.ts'

/**
 * A row as this device holds it: the server's columns, with pending local fields over them.
 * Columns the server derives (a scorecard's grade) are not relied on: the device computes them
 * with the same contract function, so a row edited offline shows the right value at once.
 */
export type LocalRow<T extends TableName> = Fields<T> & {
  id: string
  /** The last version the server confirmed; null until the server has the row. */
  version: number | null
  created_at: string
  updated_at: string
  deleted_at: string | null
} & (T extends 'orgs' ? unknown : { org_id: string }) &
  AuthorColumn<T>

/** Any synced row, for code that handles every table alike. */
export type AnyRow = { id: string; version?: number | null } & Record<string, unknown>

/** One captured change waiting for the server, in the wire's shape. */
export interface OutboxEntry {
  seq: number
  table: TableName
  op: 'upsert' | 'delete'
  id: string
  fields?: Record<string, unknown>
  /** The row's last server version when the change was made; null for a create. */
  baseVersion: number | null
  capturedAt: string
  attempts?: number
}

/** A change the server refused, kept with the text the person typed. */
export interface Rejection {
  seq: number
  table: string
  op: 'upsert' | 'delete'
  id: string
  code: RejectionCode | 'unknown'
  message: string
  fields: Record<string, unknown>
  at: string
}

/**
 * The last time the server did not recognise this device's sync history (a 409 `seq_gap` or a
 * 400 on the envelope, e.g. after a restore from backup) and the device registered anew.
 */
export interface Reregistration {
  at: string
  previousClientId: string
  clientId: string
  /** How many pending changes it sent again under the new client id. */
  resent: number
  /** The server's answer that made the device register anew. */
  cause: 'seq_gap' | 'bad_request'
  /** True once the server accepted a push under the new client id. */
  accepted: boolean
  /** The refusal that came back under the new client id too; the device then stops trying. */
  failedAgain: string | null
}

export interface MetaValues {
  clientId: string
  nextSeq: number
  /**
   * Subtracted from outbox seqs on the wire: a device registered anew sends its pending changes
   * as seq 1, 2, … of its new client id while its local seqs (and refusals keyed by them) stay.
   */
  seqBase: number
  reregistration: Reregistration
  cursor: string
  userId: string
  lastSyncedAt: string
  lastError: string
  /** Set while a full download replaces the synced rows (after `resetRequired`). */
  resyncing: boolean
  /**
   * Set while a full download stores rows without keeping the trust facts (its first page sets
   * it, with that page's rows); the download's last page rebuilds them and clears it.
   */
  factsDeferred: boolean
  /** A full download under way: rows stored so far and the server's estimate of the total. */
  downloadProgress: DownloadProgress
}

/** How far a download has come: rows stored, and about how many there are in all (if known). */
export interface DownloadProgress {
  received: number
  estimatedTotal: number | null
}
export type MetaKey = keyof MetaValues
export type MetaEntry = { [K in MetaKey]: { key: K; value: MetaValues[K] } }[MetaKey]

export interface Draft {
  key: string
  value: unknown
  savedAt: string
}

/**
 * The server's copy of a row while it has pending changes (`row` null: the server has no such
 * row, as far as this device knows). A refused change is undone by replaying the still-pending
 * changes over it, so the device converges on what the server kept.
 */
export interface Shadow {
  key: string
  row: AnyRow | null
}

/** Index definitions per synced table; the primary key `id` comes first. */
const syncedStores: Record<TableName, string> = {
  orgs: 'id',
  members: 'id, user_id',
  accounts: 'id, kind, status, name',
  assignments: 'id, account_id, user_id',
  contacts: 'id, account_id',
  forums: 'id',
  forum_members: 'id, forum_id, account_id, contact_id, user_id',
  checkins: 'id, account_id, [account_id+occurred_at], occurred_at, author_id, forum_id',
  action_items: 'id, account_id, checkin_id, status, due_on, [account_id+status], assignee_user_id',
  value_items: 'id, account_id, vendor_account_id',
  scorecards: 'id, vendor_account_id, agency_account_id',
  value_updates: 'id, value_item_id',
  decisions: 'id, forum_id, checkin_id, account_id',
  risks: 'id, account_id, vendor_account_id, value_item_id, owner_user_id',
}

const {
  value_updates: addedInVersion3,
  decisions: decisionsInVersion4,
  risks: risksInVersion4,
  ...syncedInVersion1
} = syncedStores

/** The schema of version 1, as released; exported so a test can build a database that old. */
export const version1Stores: Record<string, string> = {
  ...syncedInVersion1,
  outbox: 'seq, [table+id]',
  meta: 'key',
  rejections: 'seq, at',
  drafts: 'key',
  shadows: 'key',
}

/**
 * The device's database: one table per synced server table (same names, snake_case columns),
 * plus the outbox, meta, rejections, drafts and shadows, and two derived tables: the trust facts
 * and the rows seen by a full download in progress.
 *
 * Schema upgrades: never edit a released `version(n)`; add `this.version(n + 1).stores({...})`
 * listing only the tables whose indexes change (null deletes a table), with `.upgrade(tx => …)`
 * when existing rows need rewriting. Dexie runs the missing steps in order on open.
 */
export class LocalDb extends Dexie {
  declare orgs: Table<LocalRow<'orgs'>, string>
  declare members: Table<LocalRow<'members'>, string>
  declare accounts: Table<LocalRow<'accounts'>, string>
  declare assignments: Table<LocalRow<'assignments'>, string>
  declare contacts: Table<LocalRow<'contacts'>, string>
  declare forums: Table<LocalRow<'forums'>, string>
  declare forum_members: Table<LocalRow<'forum_members'>, string>
  declare checkins: Table<LocalRow<'checkins'>, string>
  declare action_items: Table<LocalRow<'action_items'>, string>
  declare value_items: Table<LocalRow<'value_items'>, string>
  declare scorecards: Table<LocalRow<'scorecards'>, string>
  declare value_updates: Table<LocalRow<'value_updates'>, string>
  declare decisions: Table<LocalRow<'decisions'>, string>
  declare risks: Table<LocalRow<'risks'>, string>
  declare outbox: Table<OutboxEntry, number>
  declare meta: Table<MetaEntry, MetaKey>
  declare rejections: Table<Rejection, number>
  declare drafts: Table<Draft, string>
  declare shadows: Table<Shadow, string>
  /** Derived, never synced: kept by trustFactsMiddleware on every write to its sources. */
  declare trust_facts: Table<TrustFacts, string>
  /** The rows a full download has sent so far ('table:id'); the rest go when it ends. */
  declare resync_seen: Table<{ key: string }, string>

  constructor(name: string) {
    // No query cache: Dexie's default deep-copies every live query's result on each read (the
    // portfolio's 500 accounts, search's 15 000 rows), and its optimistic updates never apply
    // to our writes anyway — they all run in explicit transactions.
    super(name, { cache: 'disabled' })
    this.version(1).stores(version1Stores)
    this.version(2)
      .stores({ [trustFactsStore]: 'account_id', resync_seen: 'key' })
      .upgrade(async (tx) => {
        const tables = await readFactTables((name) => tx.table(name).toArray())
        await tx.table(trustFactsStore).bulkPut(buildTrustFacts(tables))
      })
    // An app before each of these versions skipped the new tables' rows as unknown, and its
    // cursor has moved past them: download everything again (the rows on screen stay).
    const downloadAgain = (tx: Transaction) =>
      beginFullDownload({
        meta: tx.table('meta'),
        shadows: tx.table('shadows'),
        resync_seen: tx.table('resync_seen'),
      })
    this.version(3).stores({ value_updates: addedInVersion3 }).upgrade(downloadAgain)
    this.version(4)
      .stores({ decisions: decisionsInVersion4, risks: risksInVersion4 })
      .upgrade(downloadAgain)
    // Check-ins stored before colleagues could attend carry none, as the server's default says.
    this.version(5)
      .stores({})
      .upgrade((tx) =>
        tx
          .table('checkins')
          .toCollection()
          .modify((row: { attendee_user_ids?: string[] }) => {
            row.attendee_user_ids ??= []
          }),
      )
    this.use(trustFactsMiddleware)
  }

  /** A synced table by name, typed loosely for code that handles every table alike. */
  synced(table: TableName): Table<AnyRow, string> {
    return this.table(table)
  }

  /** Every table a local write or a sync may touch, for one transaction's scope. */
  writeScope(): Table[] {
    return [
      ...tableNames.map((name) => this.table(name)),
      this.outbox,
      this.meta,
      this.shadows,
      this.rejections,
      this.resync_seen,
    ]
  }
}

/**
 * Opens (creating when missing) the device database and gives it a client id. A database that
 * is missing, e.g. cleared by the browser, gets a new client id and therefore a full download.
 *
 * @example
 * const db = await openLocalDb()           // 'liaison' in the browser
 * const deviceA = await openLocalDb('device-a') // several devices in one Node test
 */
export async function openLocalDb(name = 'liaison'): Promise<LocalDb> {
  const db = new LocalDb(name)
  await db.open()
  await ensureClientId(db)
  return db
}

/**
 * The device's client id, created on first use together with `nextSeq = 1`.
 */
export async function ensureClientId(db: LocalDb): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const found = await db.meta.get('clientId')
    if (found?.key === 'clientId') return found.value
    const clientId = crypto.randomUUID()
    await db.meta.bulkPut([
      { key: 'clientId', value: clientId },
      { key: 'nextSeq', value: 1 },
    ])
    return clientId
  })
}

/**
 * Deletes the whole device database (sign-out). The instance cannot be used afterwards.
 */
export async function deleteLocalDb(db: LocalDb): Promise<void> {
  await db.delete()
}

/**
 * Whether a string names a synced table.
 */
export function isTableName(name: string): name is TableName {
  return (tableNames as readonly string[]).includes(name)
}
