import { readCached, writeCached } from '../app/local-cache.ts'

// Outside the person's own keys: it must outlive the sign-out that follows a removal.
const removalNoticeKey = 'liaison:removed-from-office'

/**
 * Remembers, for the sign-in screen, that this device's person was removed from their office.
 */
export function noteRemoval(): void {
  writeCached(removalNoticeKey, true)
}

/**
 * Whether the last session ended because its person was removed from their office.
 */
export function readRemovalNotice(): boolean {
  return readCached(removalNoticeKey, (value) => value === true) === true
}

/**
 * Forgets the notice once the sign-in screen has shown it, so it is said once.
 */
export function clearRemovalNotice(): void {
  writeCached(removalNoticeKey, false)
}
