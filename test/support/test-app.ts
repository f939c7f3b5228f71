import { localAuthRoutes } from '../../api/auth/local-auth-routes.ts'
import { loadSigningKeys } from '../../api/auth/signing-keys.ts'
import { localVerifier } from '../../api/auth/verify-token.ts'
import { createApp } from '../../api/app.ts'
import type { Database } from '../../api/db/database.ts'
import { createLogger, type Logger } from '../../api/logger.ts'
import type { AuthAccounts } from '../../api/members/auth-accounts.ts'

/**
 * The whole app in embedded-auth mode over `db`, with no socket: drive it with `app.request()`
 * (or serve `app.fetch`, with `webRoot` for the pages).
 */
export async function createTestApp(
  db: Database,
  options: {
    webRoot?: string
    apiRequestsPerMinute?: number
    accounts?: AuthAccounts
    log?: Logger
  } = {},
) {
  const keys = await loadSigningKeys(db)
  const app = createApp({
    db,
    log: options.log ?? createLogger('silent'),
    config: { authUrl: null, publishableKey: 'liaison-local', demo: false },
    verifyAccessToken: localVerifier(keys),
    localAuth: localAuthRoutes({ db, keys }),
    ...(options.webRoot ? { webRoot: options.webRoot } : {}),
    ...(options.apiRequestsPerMinute ? { apiRequestsPerMinute: options.apiRequestsPerMinute } : {}),
    ...(options.accounts ? { accounts: options.accounts } : {}),
  })
  return {
    app,
    verifyAccessToken: localVerifier(keys),
    async signIn(email: string, password: string) {
      const res = await app.request('/auth/v1/token?grant_type=password', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      })
      if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`)
      return (await res.json()) as { access_token: string; refresh_token: string }
    },
  }
}
