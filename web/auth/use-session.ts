import { useSyncExternalStore } from 'react'
import { readStoredSession, subscribeToSession, type StoredSession } from './session-store.ts'

/**
 * The signed-in session on this device, or null; stays signed in offline.
 */
export function useSession(): StoredSession | null {
  return useSyncExternalStore(subscribeToSession, readStoredSession, () => null)
}
