import { clearUserCaches } from '../app/local-cache.ts'
import { queryClient } from '../app/query-client.ts'
import { authClient } from './auth-client.ts'
import { forgetStoredSession } from './session-store.ts'

const serverWaitMs = 5_000

/**
 * Signs this device out and wipes what it cached for the person. supabase-js keeps the session
 * when its logout request fails (offline, or a connection that hangs), so the device then
 * forgets the session itself: signing out must always work.
 *
 * @example
 * await signOut()
 */
export async function signOut(): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<{ error: Error }>((resolve) => {
    timer = setTimeout(() => resolve({ error: new Error('sign-out timed out') }), serverWaitMs)
  })
  try {
    const { error } = await Promise.race([authClient().signOut({ scope: 'local' }), timeout])
    if (error) forgetStoredSession()
  } catch {
    forgetStoredSession()
  } finally {
    clearTimeout(timer)
    clearUserCaches()
    queryClient.clear()
  }
}
