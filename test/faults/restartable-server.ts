import { localAuthRoutes } from '../../api/auth/local-auth-routes.ts'
import { openSession } from '../../api/auth/auth-sessions.ts'
import { DEFAULT_LOCAL_ISSUER, signAccessToken } from '../../api/auth/issue-tokens.ts'
import { loadSigningKeys, type SigningKeys } from '../../api/auth/signing-keys.ts'
import { localVerifier } from '../../api/auth/verify-token.ts'
import { createApp } from '../../api/app.ts'
import type { Database } from '../../api/db/database.ts'
import { createLogger } from '../../api/logger.ts'

export function buildApp(db: Database, keys: SigningKeys) {
  return createApp({
    db,
    log: createLogger('silent'),
    config: { authUrl: null, publishableKey: 'liaison-local', demo: false },
    verifyAccessToken: localVerifier(keys),
    localAuth: localAuthRoutes({ db, keys }),
  })
}

/**
 * The real app over a real database, as a server process that can be restarted: a restart
 * builds a new app (fresh in-memory state) and the answers of requests still in flight are
 * lost, as when a process dies after its transaction committed.
 */
export async function createRestartableServer(db: Database) {
  const keys = await loadSigningKeys(db)
  let app = buildApp(db, keys)
  let generation = 0
  return {
    async deliver(request: Request): Promise<Response> {
      const startedIn = generation
      const response = await app.fetch(request)
      if (startedIn !== generation) throw new TypeError('Failed to fetch (server restarted)')
      return response
    },
    restart() {
      generation += 1
      app = buildApp(db, keys)
    },
    /** An access token for `userId`, valid from `now` for an hour (a past `now` makes it expired). */
    async token(userId: string, now = new Date()) {
      // A real session: /api refuses tokens whose session is not open.
      const { sessionId } = await openSession(db, { userId, userAgent: null, ip: 'sim', now })
      const { accessToken } = await signAccessToken(
        keys,
        {
          userId,
          email: null,
          appMetadata: { provider: 'email', providers: ['email'] },
          userMetadata: {},
          sessionId,
          authenticatedAt: now,
        },
        { issuer: DEFAULT_LOCAL_ISSUER, now },
      )
      return accessToken
    },
  }
}
export type RestartableServer = Awaited<ReturnType<typeof createRestartableServer>>
