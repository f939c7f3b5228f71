import { clearUserCaches } from '../app/local-cache.ts'
import { clearServerValues } from '../app/server-value.ts'
import { loadAuthClient } from './auth-client.ts'
import { forgetStoredSession } from './session-store.ts'

const serverWaitMs = 5_000

/**
 * Signs this device out and wipes what it cached for the person. supabase-js keeps the session
 * when its logout request fails (offline, or a connection that hangs), so the device then
 * forgets the session itself: signing out must always work.
 */
export async function signOut(): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<{ error: Error }>((resolve) => {
    timer = setTimeout(() => resolve({ error: new Error('sign-out timed out') }), serverWaitMs)
  })
  try {
    const serverSignOut = loadAuthClient().then((auth) => auth.signOut({ scope: 'local' }))
    const { error } = await Promise.race([serverSignOut, timeout])
    if (error) forgetStoredSession()
  } catch {
    forgetStoredSession()
  } finally {
    clearTimeout(timer)
    clearUserCaches()
    clearServerValues()
  }
}
