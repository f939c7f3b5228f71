import type { Table } from 'dexie'
import type { MetaEntry, MetaKey, Shadow } from './local-db.ts'

/** The device tables a full download starts from; the database itself, or an upgrade's. */
export interface FullDownloadTables {
  meta: Table<MetaEntry, MetaKey>
  shadows: Table<Shadow, string>
  resync_seen: Table<{ key: string }, string>
}

/**
 * Makes the next pull a full download that replaces the synced rows: no cursor, and the rows
 * kept on screen until the download ends and sweeps away what it did not send. What the server
 * holds of rows with pending changes is unknown again until the download says. Call inside a
 * transaction over the three tables.
 *
 * @example
 * await db.transaction('rw', db.writeScope(), () => beginFullDownload(db))
 */
export async function beginFullDownload(tables: FullDownloadTables): Promise<void> {
  await tables.resync_seen.clear()
  await tables.meta.put({ key: 'resyncing', value: true })
  await tables.shadows.toCollection().modify({ row: null })
  await tables.meta.delete('cursor')
}
