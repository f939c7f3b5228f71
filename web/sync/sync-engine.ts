import type { LocalDb } from '../local/local-db.ts'
import { writeMeta } from '../local/meta.ts'
import { backoffDelay } from './backoff.ts'
import { forgetOffice } from './forget-office.ts'
import { pullChanges } from './pull.ts'
import { pushRecovering } from './reregister.ts'
import { pageEnvironment, type SyncEnvironment } from './sync-environment.ts'
import { asSyncError, syncError, type SyncError, type SyncErrorKind } from './sync-error.ts'
import { createSyncHttp, realTimers, type FetchLike, type Timers } from './sync-http.ts'
import { defaultLocks, type SyncLocks } from './sync-locks.ts'
import { initialSyncStatus, readStoredStatus, type SyncStatus } from './sync-status.ts'
import { watchOutbox } from './watch-outbox.ts'

export interface SyncEngineOptions {
  db: LocalDb
  fetch: FetchLike
  /** Prefix for `/api/sync/...`: '' in the browser, the server's origin in Node. */
  baseUrl?: string
  getAccessToken: () => Promise<string | null>
  /** True when renewed, false when the person must sign in again; throws when unreachable. */
  refreshSession: () => Promise<boolean>
  /** After the office's rows left the device because its person was removed: end the session. */
  onRemoved?: () => Promise<void>
  onStatus?: (status: SyncStatus) => void
  now?: () => number
  random?: () => number
  locks?: SyncLocks
  timers?: Timers
  environment?: SyncEnvironment
  writeDelayMs?: number
  intervalMs?: number
  requestTimeoutMs?: number
}

export type SyncOutcome =
  | { ok: true; pushed: number; rejected: number; pulled: number }
  | { ok: false; error: SyncErrorKind; message: string }

export interface SyncEngine {
  start(): void
  stop(): void
  syncNow(): Promise<SyncOutcome>
  status(): SyncStatus
  subscribe(listener: () => void): () => void
  /** A local write happened: sync shortly (start() also watches the outbox for this). */
  notifyLocalWrite(): void
}

// Push failures after which pulling is still safe and useful (the outbox is kept regardless).
const pullDespite = new Set<SyncErrorKind>([
  'seq_gap',
  'refused_again',
  'too_large',
  'bad_request',
  'forbidden',
])

/**
 * The device's sync loop: push then pull, on start, `online`, becoming visible, shortly after a
 * local write and every minute while visible; failures retry with jittered backoff (≤ 5 min).
 * One sync at a time per database, across tabs (Web Locks). Nothing here drops the outbox.
 *
 * @example
 * const engine = createSyncEngine({ db, fetch: window.fetch, getAccessToken, refreshSession })
 * engine.start()
 * const unsubscribe = engine.subscribe(() => render(engine.status()))
 */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db } = options
  const now = options.now ?? Date.now
  const random = options.random ?? Math.random
  const timers = options.timers ?? realTimers
  const locks = options.locks ?? defaultLocks()
  const env = options.environment ?? pageEnvironment()
  const http = createSyncHttp({ ...options, timers, timeoutMs: options.requestTimeoutMs })
  const listeners = new Set<() => void>()
  let current = initialSyncStatus
  let started = false
  let failures = 0
  let timer: unknown = null
  let writeTimer: unknown = null
  let detach: Array<() => void> = []
  let running: Promise<SyncOutcome> | null = null
  let queued: Promise<SyncOutcome> | null = null

  function publish(patch: Partial<SyncStatus>) {
    current = { ...current, ...patch }
    options.onStatus?.(current)
    for (const listener of listeners) listener()
  }

  async function refreshStored() {
    try {
      publish(await readStoredStatus(db))
    } catch {
      // The database is closing (sign-out); the status no longer matters.
    }
  }

  function schedule(ms: number, onlyIfVisible: boolean) {
    if (timer !== null) timers.clearTimeout(timer)
    timer = null
    if (!started) return
    timer = timers.setTimeout(() => {
      timer = null
      if (!onlyIfVisible || env.isVisible()) void syncNow()
    }, ms)
  }

  async function cycle() {
    let pushError: SyncError | null = null
    let pushed = { pushed: 0, rejected: 0 }
    try {
      pushed = await pushRecovering(db, http, () => new Date(now()))
    } catch (error) {
      pushError = asSyncError(error)
      if (!pullDespite.has(pushError.kind)) throw pushError
    }
    const { pulled } = await pullChanges(db, http, {
      onProgress: (progress) => publish({ progress }),
    })
    if (pushError) throw pushError
    return { ...pushed, pulled }
  }

  async function runOnce(): Promise<SyncOutcome> {
    try {
      if (!env.isOnline()) throw syncError('offline')
      publish({ state: 'syncing' })
      const result = await locks.request(`liaison-sync:${db.name}`, cycle)
      failures = 0
      const at = new Date(now()).toISOString()
      await writeMeta(db, 'lastSyncedAt', at)
      await writeMeta(db, 'lastError', undefined)
      publish({ state: 'idle', lastSyncedAt: at, lastError: null, nextRetryAt: null })
      schedule(options.intervalMs ?? 60_000, true)
      return { ok: true, ...result }
    } catch (caught) {
      const error = asSyncError(caught)
      if (error.kind === 'removed') return removed(error)
      failures += 1
      const delay = backoffDelay(failures, random)
      await writeMeta(db, 'lastError', error.message).catch(() => undefined)
      const offline = error.kind === 'offline' || !env.isOnline()
      publish({
        state: error.kind === 'signed_out' ? 'signed_out' : offline ? 'offline' : 'error',
        lastError: error.message,
        nextRetryAt: started ? new Date(now() + delay).toISOString() : null,
      })
      schedule(delay, false)
      return { ok: false, error: error.kind, message: error.message }
    } finally {
      await refreshStored()
    }
  }

  // Terminal: nothing is retried, the session ends; what was waiting is kept as refused changes.
  async function removed(error: SyncError): Promise<SyncOutcome> {
    await forgetOffice(db, new Date(now()))
    await writeMeta(db, 'lastError', error.message)
    publish({ state: 'signed_out', lastError: error.message, nextRetryAt: null })
    started = false
    await options.onRemoved?.()
    return { ok: false, error: error.kind, message: error.message }
  }

  function syncNow(): Promise<SyncOutcome> {
    if (queued) return queued
    if (running) {
      // A sync is under way: run once more after it, for changes it may have missed.
      queued = running.then(() => {
        queued = null
        return syncNow()
      })
      return queued
    }
    running = runOnce().finally(() => {
      running = null
    })
    return running
  }

  function notifyLocalWrite() {
    void refreshStored()
    if (!started) return
    if (writeTimer !== null) timers.clearTimeout(writeTimer)
    writeTimer = timers.setTimeout(() => {
      writeTimer = null
      void syncNow()
    }, options.writeDelayMs ?? 1_000)
  }

  return {
    start() {
      if (started) return
      started = true
      detach = [
        env.listen({
          online: () => {
            failures = 0
            void syncNow()
          },
          offline: () => publish({ state: 'offline' }),
          visible: () => void syncNow(),
        }),
        watchOutbox(db, notifyLocalWrite, () => void refreshStored()),
      ]
      void refreshStored()
      void syncNow()
    },
    stop() {
      started = false
      for (const stop of detach) stop()
      detach = []
      for (const handle of [timer, writeTimer]) if (handle !== null) timers.clearTimeout(handle)
      timer = null
      writeTimer = null
    },
    syncNow,
    status: () => current,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    notifyLocalWrite,
  }
}
