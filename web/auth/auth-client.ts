import { AuthClient, type GoTrueClient } from '@supabase/supabase-js'
import type { RuntimeConfig } from '../app/runtime-config.ts'

/** Where supabase-js keeps the session; fixed so the app can read it without the network. */
export const authStorageKey = 'liaison-auth'

let client: GoTrueClient | null = null

/**
 * Creates the auth client once, for the configured Supabase project or, in embedded mode, for
 * this origin (whose /auth/v1 speaks the same protocol). The app talks to its own API, never to
 * PostgREST, so it takes only Supabase's auth client (re-exported by supabase-js) and sets it up
 * as `createClient` would: a third of the bundle lighter.
 *
 * @example
 * startAuth({ authUrl: null, publishableKey: 'liaison-local', demo: true })
 */
export function startAuth(config: RuntimeConfig): GoTrueClient {
  if (client) return client
  const base = (config.authUrl ?? window.location.origin).replace(/\/+$/, '')
  client = new AuthClient({
    url: `${base}/auth/v1`,
    headers: { Authorization: `Bearer ${config.publishableKey}`, apikey: config.publishableKey },
    persistSession: true,
    autoRefreshToken: true,
    detectSessionInUrl: false,
    storageKey: authStorageKey,
  })
  return client
}

/**
 * The client made by `startAuth`; throws if the app asks for it before the config is known.
 *
 * @example
 * await authClient().signInWithPassword({ email, password })
 */
export function authClient(): GoTrueClient {
  if (!client) throw new Error('startAuth() must run before the auth client is used')
  return client
}

/**
 * Whether `startAuth` has run, for code that may be called before the config arrives.
 *
 * @example
 * if (!authStarted()) return null
 */
export function authStarted(): boolean {
  return client !== null
}
