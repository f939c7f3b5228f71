import { loadAuthClient } from './auth-client.ts'

/**
 * Renews the supabase-js session for the sync engine: a refused refresh token means signed out;
 * a refresh that cannot reach the server throws so the engine retries instead.
 *
 * A refused refresh ends the session on this device too. supabase-js keeps a session whose
 * refresh was refused while its access token is unexpired, but the server has ended it (signed
 * out everywhere, or removed from the office), so the app goes to its sign-in screen now rather
 * than showing the office's rows for up to an hour. The device database and its pending
 * changes stay; they sync, or are refused with a reason, after the next sign-in.
 *
 * @example
 * createSyncEngine({ db, fetch: window.fetch, getAccessToken, refreshSession })
 */
export async function refreshSession(): Promise<boolean> {
  const [auth, { isAuthApiError, isAuthRetryableFetchError }] = await Promise.all([
    loadAuthClient(),
    import('./auth-library.ts'),
  ])
  const { data, error } = await auth.refreshSession()
  if (error && isAuthRetryableFetchError(error)) throw error
  if (!error) return data.session !== null
  // Only the server's own refusal ends it here: another tab having refreshed first is no reason.
  if (isAuthApiError(error) && error.status >= 400 && error.status < 500) {
    await auth.signOut({ scope: 'local' })
  }
  return false
}
