/** How long and how much the server keeps of the sync logs (SYNC.md; issue 11). */

/** Tombstones, the change log, rejections, conflicts and idle devices: kept this many days. */
export const syncRetentionDays = 90

/**
 * Rejected mutations kept per user, newest first: twice a full push (500 mutations), so a
 * repeated push whose answer was lost is still answered with its rejections.
 */
export const rejectionsKeptPerUser = 1000

/** Of a rejected mutation's `fields`, the names kept (a table has fewer columns than this). */
export const rejectedFieldsKept = 40

/** Characters kept of each field name and of each text value of a rejected mutation. */
export const rejectedTextKept = 120

/**
 * Devices (`sync_clients` rows) kept per user, the most recently used first: far more than one
 * person has, and the bound on what new client ids can pile up. Also in SQL
 * (keep_newest_devices, 20261202000300); test/integration/sync-log-bounds.test.ts holds both.
 */
export const devicesKeptPerUser = 50
