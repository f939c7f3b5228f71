import { isRecord, readCached, writeCached } from './local-cache.ts'

/** What `GET /api/config` tells the browser before anyone signs in. */
export interface RuntimeConfig {
  /** The Supabase project URL; null when this origin serves auth at /auth/v1 (embedded mode). */
  authUrl: string | null
  publishableKey: string
  /** True when the server holds the demo sign-ins. */
  demo: boolean
}

const cacheKey = 'liaison:config'

/**
 * Validates a config from the network or the cache.
 *
 * @example
 * parseRuntimeConfig({ authUrl: null, publishableKey: 'k' }) // { authUrl: null, publishableKey: 'k', demo: false }
 */
export function parseRuntimeConfig(value: unknown): RuntimeConfig | null {
  if (!isRecord(value)) return null
  const { authUrl, publishableKey, demo } = value
  if (authUrl !== null && typeof authUrl !== 'string') return null
  if (typeof publishableKey !== 'string' || publishableKey === '') return null
  return { authUrl, publishableKey, demo: demo === true }
}

/**
 * The config this device saw last, so the app can start with no connection.
 *
 * @example
 * const config = readCachedConfig() ?? (await fetchRuntimeConfig())
 */
export function readCachedConfig(): RuntimeConfig | null {
  return readCached(cacheKey, parseRuntimeConfig)
}

/**
 * Fetches the config from the server and caches it; throws when it cannot be had.
 */
export async function fetchRuntimeConfig(): Promise<RuntimeConfig> {
  const response = await fetch('/api/config', { headers: { Accept: 'application/json' } })
  if (!response.ok) throw new Error(`The server answered ${response.status}`)
  const config = parseRuntimeConfig(await response.json())
  if (!config) throw new Error('The server sent a config this app does not understand')
  writeCached(cacheKey, config)
  return config
}
