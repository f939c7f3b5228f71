import { authStarted, loadAuthClient } from './auth-client.ts'
import { readStoredSession } from './session-store.ts'

/**
 * A bearer token for API calls, refreshed by supabase-js when it is about to expire. When the
 * refresh cannot reach the server the stored token is returned anyway: the call will fail on its
 * own terms (offline, or 401) rather than pretend the person is signed out.
 *
 * @example
 * const token = await getAccessToken()
 * if (token) headers.set('Authorization', `Bearer ${token}`)
 */
export async function getAccessToken(): Promise<string | null> {
  if (!authStarted()) return null
  // Offline, supabase-js would retry an expired token's refresh with backoff for ~25 s first.
  if (!navigator.onLine) return readStoredSession()?.accessToken ?? null
  const { data } = await (await loadAuthClient()).getSession()
  return data.session?.access_token ?? readStoredSession()?.accessToken ?? null
}
