import { useState } from 'react'
import { navigate } from '../../app/router.ts'
import { useOnline } from '../../app/use-online.ts'
import { signOut } from '../../auth/sign-out.ts'

/**
 * Sign out, with a second tap when offline: the person could not sign back in until a
 * connection returns.
 *
 * @example
 * <SignOutSection />
 */
export function SignOutSection() {
  const online = useOnline()
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)

  async function run() {
    setBusy(true)
    await signOut()
    navigate('/', { replace: true })
  }

  const askFirst = !online && !confirming
  return (
    <section className="device-section" aria-labelledby="sign-out-title">
      <h2 id="sign-out-title" className="device-section-title">
        Sign out
      </h2>
      <p className="device-note">
        Signing out removes your session and what Liaison cached for you from this device.
      </p>
      {confirming && !online && (
        <p className="device-warning" role="alert">
          You're offline. After signing out you can't sign back in until you have a connection.
        </p>
      )}
      <div className="device-actions">
        {confirming && !online && (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => setConfirming(false)}
          >
            Cancel
          </button>
        )}
        <button
          type="button"
          className="button button-danger"
          aria-disabled={busy}
          onClick={() => (askFirst ? setConfirming(true) : busy ? undefined : void run())}
        >
          {confirming && !online ? 'Sign out anyway' : 'Sign out'}
        </button>
      </div>
    </section>
  )
}
