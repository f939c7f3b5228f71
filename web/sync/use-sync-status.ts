import { useSyncExternalStore } from 'react'
import type { SyncEngine } from './sync-engine.ts'
import { useSyncEngine } from './sync-provider.tsx'
import { initialSyncStatus, type SyncStatus } from './sync-status.ts'

const noEngine = {
  subscribe: () => () => undefined,
  status: () => initialSyncStatus,
}

/**
 * The sync status, re-rendering when it changes; from the provider's engine unless one is given.
 */
export function useSyncStatus(engine?: SyncEngine | null): SyncStatus {
  const fromContext = useSyncEngine()
  const source = engine ?? fromContext ?? noEngine
  return useSyncExternalStore(source.subscribe, source.status, source.status)
}
