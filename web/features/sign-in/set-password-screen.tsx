import { useEffect, useState, type FormEvent } from 'react'
import { minPasswordLength } from '../../../api/contract/password-rules.ts'
import { BrandMark } from '../../app/brand-mark.tsx'
import { loadAuthClient } from '../../auth/auth-client.ts'

function problemWith(password: string, repeated: string): string | null {
  if (password.length < minPasswordLength) {
    return `Choose a password of at least ${minPasswordLength} characters`
  }
  if (password !== repeated) return 'The two passwords differ'
  return null
}

/**
 * The first sign-in of an invited person: the one-time password they were given opens only
 * this screen, where they choose their own. Nothing of the office is downloaded before.
 */
export function SetPasswordScreen({ email }: { email: string | null }) {
  const [password, setPassword] = useState('')
  const [repeated, setRepeated] = useState('')
  const [shown, setShown] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    document.title = 'Choose a password · Liaison'
  }, [])

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    const problem = problemWith(password, repeated)
    if (problem) {
      setError(problem)
      return
    }
    if (!navigator.onLine) {
      setError('You’re offline. Connect to set your password.')
      return
    }
    setBusy(true)
    setError(null)
    try {
      const auth = await loadAuthClient()
      const updated = await auth.updateUser({ password })
      // On success supabase-js stores the user without the flag and the app opens by itself.
      if (updated.error) setError(updated.error.message)
    } catch (thrown) {
      setError(thrown instanceof Error ? thrown.message : String(thrown))
    } finally {
      setBusy(false)
    }
  }

  async function signOut() {
    const auth = await loadAuthClient()
    await auth.signOut({ scope: 'local' })
  }

  const errorId = error ? 'set-password-error' : undefined
  const type = shown ? 'text' : 'password'
  return (
    <main className="sign-in">
      <header className="sign-in-brand">
        <BrandMark className="sign-in-mark" />
        <p className="sign-in-app-name">Liaison</p>
      </header>
      <div className="sign-in-card">
        <h1 className="sign-in-title">Choose your password</h1>
        <p className="sign-in-lead">
          {email ? `Welcome, ${email}. ` : 'Welcome. '}The password you were given works once;
          choose your own to open your portfolio.
        </p>
        <form className="sign-in-form" onSubmit={(event) => void submit(event)} noValidate>
          <div className="field">
            <label htmlFor="new-password">New password</label>
            <p id="new-password-hint" className="field-hint">
              At least {minPasswordLength} characters.
            </p>
            <input
              id="new-password"
              type={type}
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={['new-password-hint', errorId].filter(Boolean).join(' ')}
            />
          </div>
          <div className="field">
            <label htmlFor="repeat-password">The same again</label>
            <input
              id="repeat-password"
              type={type}
              autoComplete="new-password"
              value={repeated}
              onChange={(event) => setRepeated(event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={errorId}
            />
          </div>
          <label className="check-row">
            <input type="checkbox" checked={shown} onChange={(e) => setShown(e.target.checked)} />
            Show the passwords
          </label>
          {error && (
            <p id="set-password-error" className="form-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="button button-primary button-block" aria-disabled={busy}>
            {busy ? 'Saving…' : 'Save and continue'}
          </button>
          <button
            type="button"
            className="button button-quiet button-block"
            onClick={() => void signOut()}
          >
            Sign out
          </button>
        </form>
      </div>
    </main>
  )
}
