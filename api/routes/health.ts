import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import type { Database } from '../db/database.ts'

/**
 * `GET /api/health`: 200 when the database answers, with the applied schema version; else 503.
 * `appliedSchema` is the one read the route makes, and the app names it where it is built.
 */
export function healthRoutes(kind: Database['kind'], appliedSchema: () => Promise<string | null>) {
  return new Hono<AppEnv>().get('/', async (c) => {
    try {
      const version = await appliedSchema()
      return c.json({ status: 'ok' as const, database: kind, schemaVersion: version })
    } catch {
      return c.json({ status: 'unavailable' as const, database: kind, schemaVersion: null }, 503)
    }
  })
}
