import { useState } from 'react'
import { BrandMark } from '../../app/brand-mark.tsx'
import { signOut } from '../../auth/sign-out.ts'

/**
 * Shown instead of the app when the device still holds another person's unsynced changes: their
 * outbox must never be sent under this account, nor deleted by it. Signing out here keeps those
 * changes so their owner can sign in and sync them.
 */
export function DeviceInUseScreen({ pending }: { pending: number }) {
  const [busy, setBusy] = useState(false)
  const changes = `${pending.toLocaleString()} ${pending === 1 ? 'change' : 'changes'}`
  return (
    <main className="startup">
      <BrandMark className="startup-mark" />
      <h1 className="startup-title">This device holds someone else’s work</h1>
      <p className="startup-text">
        {changes} made by the last person who used Liaison here{' '}
        {pending === 1 ? 'hasn’t' : 'haven’t'} reached the server yet. To keep{' '}
        {pending === 1 ? 'it' : 'them'} safe, your account can’t open here until that person signs
        in and syncs.
      </p>
      <p className="startup-text">Signing out leaves their changes untouched.</p>
      <button
        type="button"
        className="button button-primary"
        aria-disabled={busy}
        onClick={() => {
          if (busy) return
          setBusy(true)
          void signOut()
        }}
      >
        {busy ? 'Signing out…' : 'Sign out'}
      </button>
    </main>
  )
}
