/**
 * One API instance for the load bench, in its own process so the load generator does not share
 * its event loop: the whole app (embedded auth, /api) over DATABASE_URL on 127.0.0.1:PORT, as
 * `npm run serve` runs it, but with no per-user budget (the bench sends many requests per user).
 * Tells its parent it is listening over IPC.
 */
import { serve } from '@hono/node-server'
import { localAuthRoutes } from '../../../api/auth/local-auth-routes.ts'
import { loadSigningKeys } from '../../../api/auth/signing-keys.ts'
import { localVerifier } from '../../../api/auth/verify-token.ts'
import { createApp } from '../../../api/app.ts'
import { openDatabase } from '../../../api/db/database.ts'
import { createLogger } from '../../../api/logger.ts'

const url = process.env.DATABASE_URL ?? ''
const port = Number(process.env.PORT ?? 0)
const db = await openDatabase({ url })
const keys = await loadSigningKeys(db)
const app = createApp({
  db,
  // Production logs a line per request at info; the parent discards stdout.
  log: createLogger('info'),
  config: { authUrl: null, publishableKey: 'liaison-local', demo: false },
  verifyAccessToken: localVerifier(keys),
  localAuth: localAuthRoutes({ db, keys }),
  apiRequestsPerMinute: Number.MAX_SAFE_INTEGER,
})
const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port }, (info) => {
  process.send?.({ port: info.port })
})
process.on('SIGTERM', () => {
  server.close()
  void db.close().then(() => process.exit(0))
})
