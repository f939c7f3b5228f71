import { syncRetentionDays } from '../contract/sync-retention.ts'
import type { Database } from '../db/database.ts'
import type { Logger } from '../logger.ts'

const hourMs = 3_600_000

export interface PurgeSchedule {
  /** Milliseconds before the first purge; a start is busy enough without it. */
  firstAfterMs?: number
  everyMs?: number
  /** What counts as old, as a PostgreSQL interval; SYNC.md's 90 days unless a test says less. */
  olderThan?: string
}

/**
 * Purges the change log, tombstones, rejections, conflicts and idle devices past the retention
 * (SYNC.md: 90 days) once a while
 * after start and then daily, as the database owner. Safe to run from several servers at once:
 * the purge only ever moves the horizon forward. Returns the stop.
 */
export function schedulePurge(db: Database, log: Logger, schedule: PurgeSchedule = {}) {
  const {
    firstAfterMs = 60_000,
    everyMs = 24 * hourMs,
    olderThan = `${syncRetentionDays} days`,
  } = schedule
  let running = false
  let stopped = false
  let timer: NodeJS.Timeout
  const purge = async () => {
    if (running) return
    running = true
    try {
      const [row] = await db.query<{ horizon: string }>(
        'select public.purge_sync_history($1::interval)::text as horizon',
        [olderThan],
      )
      log.info('purged sync history', { olderThan, horizon: row?.horizon })
    } catch (error) {
      log.error('purging sync history failed', { error: String(error) })
    } finally {
      running = false
    }
  }
  const next = (ms: number) => {
    if (stopped) return
    timer = setTimeout(() => {
      void purge().finally(() => next(everyMs))
    }, ms)
    // A pending purge never keeps the process alive.
    timer.unref()
  }
  next(firstAfterMs)
  return () => {
    stopped = true
    clearTimeout(timer)
  }
}
