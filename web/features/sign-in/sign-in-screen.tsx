import { useEffect, useRef, useState, type FormEvent } from 'react'
import { BrandMark } from '../../app/brand-mark.tsx'
import { loadAuthClient } from '../../auth/auth-client.ts'
import { clearRemovalNotice, readRemovalNotice } from '../../auth/removal-notice.ts'
import { pendingOnDevice } from '../../local/pending-on-device.ts'
import { DemoHint } from './demo-hint.tsx'
import { describeSignInError } from './sign-in-error.ts'

function keptWords(pending: number): string {
  const changes = pending === 1 ? 'The change' : `The ${pending.toLocaleString()} changes`
  const are = pending === 1 ? 'is' : 'are'
  return `Your session has ended. ${changes} you made on this device ${are} kept here and will sync once you sign in.`
}

/**
 * Email and password sign-in. On success supabase-js stores the session and the app switches to
 * the signed-in shell by itself.
 */
export function SignInScreen({ demo }: { demo: boolean }) {
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const passwordRef = useRef<HTMLInputElement>(null)
  // Changes left by a session that ended (expired, or signed out elsewhere) are still here.
  const [pending, setPending] = useState(0)
  const [removed] = useState(readRemovalNotice)

  useEffect(() => {
    document.title = 'Sign in · Liaison'
    // Fetched while the person types, so pressing Sign in does not wait for it.
    loadAuthClient().catch(() => undefined)
    pendingOnDevice().then(setPending, () => undefined)
    clearRemovalNotice()
  }, [])

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    if (!email.trim() || !password) {
      setError('Enter your email and password')
      return
    }
    if (!navigator.onLine) {
      setError(describeSignInError({ message: 'offline' }, false))
      return
    }
    setBusy(true)
    setError(null)
    try {
      const auth = await loadAuthClient()
      const result = await auth.signInWithPassword({ email: email.trim(), password })
      if (result.error) setError(describeSignInError(result.error, navigator.onLine))
    } catch (thrown) {
      const message = thrown instanceof Error ? thrown.message : String(thrown)
      setError(describeSignInError({ message }, navigator.onLine))
    } finally {
      setBusy(false)
    }
  }

  function pickDemo(demoEmail: string, demoPassword: string) {
    setEmail(demoEmail)
    setPassword(demoPassword)
    setError(null)
    passwordRef.current?.focus()
  }

  const errorId = error ? 'sign-in-error' : undefined
  return (
    <main className="sign-in">
      <header className="sign-in-brand">
        <BrandMark className="sign-in-mark" />
        <p className="sign-in-app-name">Liaison</p>
      </header>
      <div className="sign-in-card">
        <h1 className="sign-in-title">{pending > 0 ? 'Sign in to sync' : 'Sign in'}</h1>
        <p className="sign-in-lead" data-testid="sign-in-lead">
          {pending > 0 ? keptWords(pending) : 'Your relationship portfolio, on visits and offline.'}
        </p>
        {removed && (
          <p className="notice notice-info" role="status">
            You are no longer a member of the office, so its data was removed from this device. Ask
            an admin if this is a mistake.
          </p>
        )}
        <form className="sign-in-form" onSubmit={(event) => void submit(event)} noValidate>
          <div className="field">
            <label htmlFor="sign-in-email">Email</label>
            <input
              id="sign-in-email"
              name="email"
              type="email"
              inputMode="email"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={errorId}
            />
          </div>
          <div className="field">
            <label htmlFor="sign-in-password">Password</label>
            <input
              id="sign-in-password"
              ref={passwordRef}
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={errorId}
            />
          </div>
          {error && (
            <p id="sign-in-error" className="form-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="button button-primary button-block" aria-disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </div>
      {demo && <DemoHint onPick={pickDemo} />}
      <p className="sign-in-footnote">
        After you sign in once, Liaison keeps working without a connection.
      </p>
    </main>
  )
}
