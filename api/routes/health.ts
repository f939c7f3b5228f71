import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import type { Database } from '../db/database.ts'
import { schemaVersion } from '../db/migrate.ts'

/** `GET /api/health`: 200 when the database answers, with the applied schema version; else 503. */
export function healthRoutes(db: Database) {
  return new Hono<AppEnv>().get('/', async (c) => {
    try {
      const version = await schemaVersion(db)
      return c.json({ status: 'ok' as const, database: db.kind, schemaVersion: version })
    } catch {
      return c.json({ status: 'unavailable' as const, database: db.kind, schemaVersion: null }, 503)
    }
  })
}
