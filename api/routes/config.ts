import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'

export interface PublicConfig {
  /** Supabase project URL; null when the app's own origin serves auth (embedded mode). */
  authUrl: string | null
  publishableKey: string
  /** True when the demo sign-ins exist, so the sign-in screen can offer them. */
  demo: boolean
}

/** `GET /api/config`: what the browser needs before it can sign anyone in. Public by design. */
export function configRoutes(config: PublicConfig) {
  return new Hono<AppEnv>().get('/', (c) => c.json(config))
}
