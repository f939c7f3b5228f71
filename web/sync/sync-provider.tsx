import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import { afterFirstScreen } from '../app/first-screen.ts'
import { getAccessToken } from '../auth/access-token.ts'
import { refreshSession } from '../auth/refresh-session.ts'
import { claimDevice, type DeviceClaim } from '../local/device-user.ts'
import { openLocalDb, type LocalDb } from '../local/local-db.ts'
import { LocalDbContext } from '../local/use-local-db.ts'
import type { SyncEngine } from './sync-engine.ts'

interface SyncContextValue {
  db: LocalDb
  engine: SyncEngine | null
}

const SyncContext = createContext<SyncContextValue | null>(null)

type Ready = { userId: string; db: LocalDb; claim: DeviceClaim; engine: SyncEngine | null }

// The engine (with the zod schemas of the wire) is its own chunk, loaded once the first screen
// is up: the device database alone is enough to show it, and the engine's first reads and
// requests would otherwise compete with that screen's. A screen that never says it is up
// (any but the portfolio and search) waits this long at most.
const engineWaitsAtMostMs = 1000

const firstScreenShown = () =>
  new Promise<void>((resolve) => afterFirstScreen(resolve, engineWaitsAtMostMs))

async function loadEngine(db: LocalDb): Promise<SyncEngine> {
  const { createSyncEngine } = await import('./sync-engine.ts')
  return createSyncEngine({
    db,
    fetch: (input, init) => window.fetch(input, init),
    getAccessToken,
    refreshSession,
    // The device database stays (it holds the refused changes); the session and caches go.
    onRemoved: () =>
      import('../auth/end-removed-session.ts').then((module) => module.endRemovedSession()),
  })
}

/**
 * Opens the device database for the signed-in person, binds it to them, and runs the sync
 * engine while mounted. Until the database is ready it renders `fallback`; when another person's
 * changes are still pending on the device it renders `blocked` instead of the app.
 *
 * @example
 * <SyncProvider userId={session.user.id} blocked={(pending) => <DeviceInUse pending={pending} />}>
 *   <AppShell session={session} />
 * </SyncProvider>
 */
export function SyncProvider(props: {
  userId: string
  children: ReactNode
  fallback?: ReactNode
  blocked?: (pending: number) => ReactNode
}) {
  const { userId } = props
  const [ready, setReady] = useState<Ready | null>(null)
  const [failed, setFailed] = useState<string | null>(null)

  useEffect(() => {
    let cancelled = false
    let opened: LocalDb | null = null
    let engine: SyncEngine | null = null
    openLocalDb()
      .then(async (db) => {
        opened = db
        if (cancelled) return db.close() // StrictMode's first mount, already cleaned up
        const claim = await claimDevice(db, userId)
        if (cancelled) return
        setReady({ userId, db, claim, engine: null })
        if (claim.status === 'blocked') return
        await firstScreenShown()
        if (cancelled) return
        const loaded = await loadEngine(db)
        if (cancelled) return
        engine = loaded
        engine.start()
        setReady({ userId, db, claim, engine })
      })
      .catch((error: unknown) => {
        if (!cancelled) setFailed(error instanceof Error ? error.message : String(error))
      })
    return () => {
      cancelled = true
      engine?.stop()
      opened?.close()
    }
  }, [userId])

  if (failed) return <p role="alert">This browser could not open Liaison's storage: {failed}</p>
  if (!ready || ready.userId !== userId) return props.fallback ?? null
  if (ready.claim.status === 'blocked') {
    const pending = ready.claim.pending
    return props.blocked ? props.blocked(pending) : <p role="alert">Device in use ({pending}).</p>
  }
  return (
    <LocalDbContext value={ready.db}>
      <SyncContext value={ready}>{props.children}</SyncContext>
    </LocalDbContext>
  )
}

/**
 * The running sync engine, or null outside the provider or while it starts.
 *
 * @example
 * const engine = useSyncEngine()
 * <button onClick={() => void engine?.syncNow()}>Sync now</button>
 */
export function useSyncEngine(): SyncEngine | null {
  return useContext(SyncContext)?.engine ?? null
}
