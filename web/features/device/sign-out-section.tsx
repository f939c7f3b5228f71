import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useOnline } from '../../app/use-online.ts'
import { draftCount } from '../../local/drafts.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { useSyncEngine } from '../../sync/sync-provider.tsx'
import { useSyncStatus } from '../../sync/use-sync-status.ts'
import { signOutDevice } from './sign-out-device.ts'

const counted = (n: number, one: string, many: string) =>
  n === 1 ? one : `${n.toLocaleString()} ${many}`
const changes = (n: number) => counted(n, '1 change', 'changes')
const drafts = (n: number) => counted(n, 'an unsaved draft', 'unsaved drafts')

/** What signing out now would lose, for the button: "2 changes and an unsaved draft". */
function losses(pending: number, draftsKept: number): string {
  return [pending > 0 && changes(pending), draftsKept > 0 && drafts(draftsKept)]
    .filter(Boolean)
    .join(' and ')
}

/**
 * Sign out. It deletes this device's data, so it asks first when that would lose changes not yet
 * synced or drafts not yet saved (saying how many), or when the person could not sign back in
 * for want of a connection.
 */
export function SignOutSection() {
  const online = useOnline()
  const db = useLocalDb()
  const engine = useSyncEngine()
  const { pending } = useSyncStatus()
  // Unknown while it is read: treated as none, as `pending` is before the engine's first read.
  const draftsKept = useLiveQuery(() => draftCount(db), [db]) ?? 0
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const risky = pending > 0 || draftsKept > 0 || !online

  function press() {
    if (busy) return
    if (risky && !confirming) {
      setConfirming(true)
      return
    }
    setBusy(true)
    void signOutDevice(db, engine)
  }

  const asking = confirming && risky
  const lost = losses(pending, draftsKept)
  return (
    <section className="device-section" aria-labelledby="sign-out-title">
      <h2 id="sign-out-title" className="device-section-title">
        Sign out
      </h2>
      <p className="device-note">
        Signing out deletes your portfolio, drafts and anything not yet synced from this device.
      </p>
      <div role="alert" className="device-alert-region">
        {asking && pending > 0 && (
          <p className="device-warning">
            {changes(pending)} {pending === 1 ? 'hasn’t' : 'haven’t'} reached the server yet.
            Signing out now deletes {pending === 1 ? 'it' : 'them'} for good.
            {online ? ' Try “Sync now” first.' : ' Connect and sync first to keep them.'}
          </p>
        )}
        {asking && draftsKept > 0 && (
          <p className="device-warning">
            You have {drafts(draftsKept)}, such as a check-in you started and didn’t save. Signing
            out now deletes {draftsKept === 1 ? 'it' : 'them'}. Open and save{' '}
            {draftsKept === 1 ? 'it' : 'them'} first to keep {draftsKept === 1 ? 'it' : 'them'}.
          </p>
        )}
        {asking && !online && (
          <p className="device-warning">
            You’re offline. After signing out you can’t sign back in until you have a connection.
          </p>
        )}
      </div>
      <div className="device-actions">
        {asking && (
          <button
            type="button"
            className="button button-quiet"
            autoFocus
            onClick={() => setConfirming(false)}
          >
            Cancel
          </button>
        )}
        <button type="button" className="button button-danger" aria-disabled={busy} onClick={press}>
          {busy
            ? 'Signing out…'
            : asking
              ? lost
                ? `Sign out and lose ${lost}`
                : 'Sign out anyway'
              : 'Sign out'}
        </button>
      </div>
    </section>
  )
}
