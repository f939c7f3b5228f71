import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { except } from 'hono/combine'
import { requestId } from 'hono/request-id'
import type { AppEnv } from './app-env.ts'
import { passwordSet } from './auth/password-gate.ts'
import { requireUser } from './auth/require-user.ts'
import { defaultApiRequestsPerMinute, userRateLimit } from './auth/user-rate-limit.ts'
import { forUsers, type JwtClaims } from './db/as-user.ts'
import type { Database } from './db/database.ts'
import { schemaVersion } from './db/migrate.ts'
import type { Logger } from './logger.ts'
import type { AuthAccounts } from './members/auth-accounts.ts'
import { localAccounts } from './members/local-accounts.ts'
import { closeAfterTooLarge } from './middleware/close-after-too-large.ts'
import { errorBody, jsonErrors } from './middleware/json-errors.ts'
import { limitSentBodies } from './middleware/limit-sent-bodies.ts'
import { noStore } from './middleware/no-store.ts'
import { requestLog } from './middleware/request-log.ts'
import { securityHeaders } from './middleware/security-headers.ts'
import { adminMemberRoutes } from './routes/admin-members.ts'
import { configRoutes, type PublicConfig } from './routes/config.ts'
import { healthRoutes } from './routes/health.ts'
import { meRoutes } from './routes/me.ts'
import { portfolioRoutes } from './routes/portfolio.ts'
import { syncRoutes } from './routes/sync.ts'
import { webAppRoutes } from './routes/web-app.ts'

export interface AppDeps {
  db: Database
  log: Logger
  config: PublicConfig
  verifyAccessToken: (token: string) => Promise<JwtClaims>
  /** The Supabase-compatible auth served at /auth/v1 in embedded mode; absent with Supabase. */
  localAuth?: Hono<AppEnv>
  /** Who makes invited members' sign-in accounts; embedded auth's (localAccounts) by default. */
  accounts?: AuthAccounts
  /** Each signed-in user's budget of /api requests a minute (API_REQUESTS_PER_MINUTE). */
  apiRequestsPerMinute?: number
  /** Where the built PWA lives; absent when Vite serves it (npm run dev) or in API tests. */
  webRoot?: string
}

const oneMiB = 1024 * 1024

/**
 * The /api paths anyone may ask, signed in or not. Every other path under /api — a route added
 * tomorrow, or one that does not exist — needs a signed-in user: nothing is public by accident.
 */
export const publicApiPaths: ReadonlySet<string> = new Set(['/api/health', '/api/config'])

/** Open to a person still on a one-time password: /me tells the app to ask for a new one. */
const openBeforePasswordChosen: ReadonlySet<string> = new Set(['/api/me'])

/** The API proper: everything under /api. Its type is what the web's typed client speaks. */
function apiRoutes(deps: AppDeps) {
  const signedIn = requireUser(deps.verifyAccessToken)
  const withinBudget = userRateLimit({
    perMinute: deps.apiRequestsPerMinute ?? defaultApiRequestsPerMinute,
  })
  // The routes can run SQL only as the signed-in user; the health check's one read of the
  // migrations table is the only thing here done as the owner.
  const users = forUsers(deps.db)
  const passwordChosen = passwordSet(users)
  const isPublic = (c: Context) => publicApiPaths.has(c.req.path)
  const mayLackPassword = (c: Context) => isPublic(c) || openBeforePasswordChosen.has(c.req.path)
  return new Hono<AppEnv>()
    .use('*', except(isPublic, signedIn, withinBudget))
    .use('*', except(mayLackPassword, passwordChosen))
    .route(
      '/health',
      healthRoutes(deps.db.kind, () => schemaVersion(deps.db)),
    )
    .route('/config', configRoutes(deps.config))
    .route('/me', meRoutes(users))
    .route('/sync', syncRoutes(users))
    .route('/portfolio', portfolioRoutes(users))
    .route('/admin', adminMemberRoutes(users, deps.accounts ?? localAccounts()))
}

export type AppType = ReturnType<typeof apiRoutes>

/**
 * Builds the whole HTTP surface of Liaison; no sockets, so tests drive it with `app.request()`.
 *
 * @example
 * const app = createApp(deps)
 * const res = await app.request('/api/health')
 */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  app.use('*', closeAfterTooLarge)
  app.use('*', requestId())
  app.use('*', requestLog(deps.log))
  app.use('*', securityHeaders(deps.config.authUrl ?? undefined))
  const limit = limitSentBodies(
    bodyLimit({
      maxSize: oneMiB,
      onError: (c) =>
        c.json(errorBody(c, 'payload_too_large', 'The request body is over 1 MiB'), 413),
    }),
  )
  app.use('/api/*', noStore)
  app.use('/auth/*', noStore)
  app.use('/api/*', limit)
  app.use('/auth/*', limit)
  app.onError(jsonErrors(deps.log))

  app.route('/api', apiRoutes(deps))
  app.all('/api/*', (c) =>
    c.json(errorBody(c, 'not_found', `No such endpoint: ${c.req.path}`), 404),
  )
  if (deps.localAuth) app.route('/auth/v1', deps.localAuth)
  app.all('/auth/*', (c) => c.json(errorBody(c, 'not_found', 'Sign-in is not served here'), 404))
  if (deps.webRoot) app.route('/', webAppRoutes(deps.webRoot))
  app.notFound((c) => c.json(errorBody(c, 'not_found', 'Not found'), 404))
  return app
}
