import type { DownloadProgress, LocalDb } from '../local/local-db.ts'
import { readMeta } from '../local/meta.ts'

export type SyncState = 'idle' | 'syncing' | 'offline' | 'signed_out' | 'error'

/** What the header chip and the Device screen show about sync. */
export interface SyncStatus {
  state: SyncState
  pending: number
  oldestPendingAt: string | null
  lastSyncedAt: string | null
  lastError: string | null
  rejectedCount: number
  nextRetryAt: string | null
  /** A long pull under way (a first download above all): rows so far, about how many in all. */
  progress: DownloadProgress | null
}

/** The status before anything is known (no engine yet, or before its first read). */
export const initialSyncStatus: SyncStatus = {
  state: 'idle',
  pending: 0,
  oldestPendingAt: null,
  lastSyncedAt: null,
  lastError: null,
  rejectedCount: 0,
  nextRetryAt: null,
  progress: null,
}

/**
 * The parts of the status stored on the device, read in one transaction.
 */
export async function readStoredStatus(db: LocalDb) {
  return db.transaction('r', db.outbox, db.rejections, db.meta, async () => {
    const [pending, first, rejectedCount, lastSyncedAt, lastError] = await Promise.all([
      db.outbox.count(),
      db.outbox.orderBy('seq').first(),
      db.rejections.count(),
      readMeta(db, 'lastSyncedAt'),
      readMeta(db, 'lastError'),
    ])
    return {
      pending,
      oldestPendingAt: first?.capturedAt ?? null,
      rejectedCount,
      lastSyncedAt: lastSyncedAt ?? null,
      lastError: lastError ?? null,
    }
  })
}
