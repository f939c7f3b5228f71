import { navigate } from '../../app/router.ts'
import { signOut } from '../../auth/sign-out.ts'
import { deleteLocalData } from '../../local/device-user.ts'
import type { LocalDb } from '../../local/local-db.ts'
import type { SyncEngine } from '../../sync/sync-engine.ts'
import { stopSearch } from '../search/search-client.ts'
import { setSigningOut } from '../../app/shell/signing-out.ts'

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
const deleteWaitMs = 5_000

function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  return Promise.race([
    work,
    new Promise<void>((_, reject) => setTimeout(() => reject(new Error('timed out')), ms)),
  ])
}

/**
 * Signs out and leaves nothing of the person on the device: stops sync, deletes the local
 * database (pending changes included — the caller has warned), then the session and cached
 * values. Signing out succeeds even when the database cannot be deleted (e.g. blocked by another
 * tab): the next sign-in then finds the old data bound to its owner.
 */
export async function signOutDevice(db: LocalDb, engine: SyncEngine | null): Promise<void> {
  setSigningOut(true)
  // Let the screens unmount first: their live queries must not outlive the database.
  await nextFrame()
  try {
    engine?.stop()
    stopSearch()
    // Another tab that will not close its connection would block the deletion for ever.
    await withTimeout(deleteLocalData(db), deleteWaitMs)
  } catch {
    // The session still goes; see above.
  }
  try {
    await signOut()
  } finally {
    navigate('/', { replace: true })
    setSigningOut(false)
  }
}
