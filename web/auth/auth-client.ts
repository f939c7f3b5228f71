import type { GoTrueClient } from '@supabase/supabase-js'
import type { RuntimeConfig } from '../app/runtime-config.ts'

/** Where supabase-js keeps the session; fixed so the app can read it without the network. */
export const authStorageKey = 'liaison-auth'

let config: RuntimeConfig | null = null
let client: Promise<GoTrueClient> | null = null
let announceClient: (client: GoTrueClient) => void = () => undefined
const created = new Promise<GoTrueClient>((resolve) => (announceClient = resolve))

async function createClient(settings: RuntimeConfig): Promise<GoTrueClient> {
  const { AuthClient } = await import('./auth-library.ts')
  const base = (settings.authUrl ?? window.location.origin).replace(/\/+$/, '')
  const made = new AuthClient({
    url: `${base}/auth/v1`,
    headers: {
      Authorization: `Bearer ${settings.publishableKey}`,
      apikey: settings.publishableKey,
    },
    persistSession: true,
    autoRefreshToken: true,
    detectSessionInUrl: false,
    storageKey: authStorageKey,
  })
  announceClient(made)
  return made
}

/**
 * Records the config the auth client will be made from: the configured Supabase project or, in
 * embedded mode, this origin (whose /auth/v1 speaks the same protocol). The first config wins
 * until the next start: replacing the client mid-session would drop its listeners.
 */
export function startAuth(next: RuntimeConfig): void {
  config ??= next
}

/**
 * The auth client, made once, on first use. The app talks to its own API, never to PostgREST,
 * so it takes only Supabase's auth client (re-exported by supabase-js) and sets it up as
 * `createClient` would; it is loaded on demand because the signed-in app reads its session from
 * storage (`session-store.ts`) and needs the client only to refresh a token or sign in or out.
 */
export function loadAuthClient(): Promise<GoTrueClient> {
  if (!config)
    return Promise.reject(new Error('startAuth() must run before the auth client is used'))
  client ??= createClient(config)
  return client
}

/**
 * Resolves with the auth client once something has loaded it, without loading it itself: for
 * listeners that only matter once the client exists.
 */
export function authClientCreated(): Promise<GoTrueClient> {
  return created
}

/**
 * Whether `startAuth` has run, for code that may be called before the config arrives.
 */
export function authStarted(): boolean {
  return config !== null
}
