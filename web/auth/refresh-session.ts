import { loadAuthClient } from './auth-client.ts'

/**
 * Renews the supabase-js session for the sync engine: a refused refresh token means signed out;
 * a refresh that cannot reach the server throws so the engine retries instead.
 *
 * @example
 * createSyncEngine({ db, fetch: window.fetch, getAccessToken, refreshSession })
 */
export async function refreshSession(): Promise<boolean> {
  const [auth, { isAuthRetryableFetchError }] = await Promise.all([
    loadAuthClient(),
    import('./auth-library.ts'),
  ])
  const { data, error } = await auth.refreshSession()
  if (error && isAuthRetryableFetchError(error)) throw error
  return !error && data.session !== null
}
