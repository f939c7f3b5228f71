import { useState } from 'react'
import { useOnline } from '../../app/use-online.ts'
import { useLocalDb, useSyncEngine } from '../../sync/sync-provider.tsx'
import { useSyncStatus } from '../../sync/use-sync-status.ts'
import { signOutDevice } from './sign-out-device.ts'

const changes = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'change' : 'changes'}`

/**
 * Sign out. It deletes this device's data, so it asks first when that would lose changes not yet
 * synced (saying how many), or when the person could not sign back in for want of a connection.
 *
 * @example
 * <SignOutSection />
 */
export function SignOutSection() {
  const online = useOnline()
  const db = useLocalDb()
  const engine = useSyncEngine()
  const { pending } = useSyncStatus()
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const risky = pending > 0 || !online

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
              ? pending > 0
                ? `Sign out and lose ${changes(pending)}`
                : 'Sign out anyway'
              : 'Sign out'}
        </button>
      </div>
    </section>
  )
}
