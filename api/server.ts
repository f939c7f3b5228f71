import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { serve, type ServerType } from '@hono/node-server'
import { createApp } from './app.ts'
import { clientAddress } from './auth/client-ip.ts'
import { localAuthRoutes } from './auth/local-auth-routes.ts'
import { loadSigningKeys } from './auth/signing-keys.ts'
import { localVerifier, supabaseVerifier } from './auth/verify-token.ts'
import { openDatabase, type Database } from './db/database.ts'
import { seedDemo } from './demo/demo-seed.ts'
import { migrate } from './db/migrate.ts'
import type { Env } from './env.ts'
import { createLogger, type Logger } from './logger.ts'
import { supabaseAccounts } from './members/supabase-accounts.ts'
import { schedulePurge } from './sync/purge-schedule.ts'

const builtWeb = fileURLToPath(new URL('../dist/web', import.meta.url))

export interface Liaison {
  app: ReturnType<typeof createApp>
  db: Database
  log: Logger
  /** True when the demo sign-ins exist in this database. */
  demo: boolean
  close(): Promise<void>
}

async function openConfiguredDatabase(env: Env) {
  if (env.databaseUrl) return openDatabase({ url: env.databaseUrl })
  mkdirSync(env.dataDir, { recursive: true })
  return openDatabase({ dataDir: `${env.dataDir}/pg` })
}

async function hasDemoUsers(db: Database) {
  const rows = await db.query(`select 1 from auth.users where email = 'manager@demo.test'`)
  return rows.length > 0
}

/**
 * Opens the database, migrates it, seeds the demo data (embedded database, first start only),
 * schedules the daily purge of sync history and assembles the app — everything but the socket,
 * so `npm run dev` can reuse it.
 */
export async function createLiaison(
  env: Env,
  options: { webRoot?: string } = {},
): Promise<Liaison> {
  const log = createLogger(env.logLevel)
  const db = await openConfiguredDatabase(env)
  try {
    const { applied } = await migrate(db, { bootstrap: !env.supabase })
    if (applied.length) log.info('migrated', { applied })
    if (!env.databaseUrl) {
      const { seeded } = await seedDemo(db)
      if (seeded) log.info('seeded demo data')
    }
    const demo = !env.supabase && (await hasDemoUsers(db))
    const keys = env.supabase ? undefined : await loadSigningKeys(db)
    const app = createApp({
      db,
      log,
      config: {
        authUrl: env.supabase?.url ?? null,
        publishableKey: env.supabase?.publishableKey ?? 'liaison-local',
        demo,
      },
      apiRequestsPerMinute: env.apiRequestsPerMinute,
      ...(env.supabase
        ? {
            accounts: supabaseAccounts({
              url: env.supabase.url,
              serviceRoleKey: env.supabase.serviceRoleKey,
            }),
          }
        : {}),
      verifyAccessToken: keys
        ? localVerifier(keys, { issuer: env.authIssuer })
        : supabaseVerifier(env.supabase?.url ?? ''),
      ...(keys
        ? {
            localAuth: localAuthRoutes({
              db,
              keys,
              issuer: env.authIssuer,
              clientIp: clientAddress(env.trustedProxy),
            }),
          }
        : {}),
      ...(options.webRoot ? { webRoot: options.webRoot } : {}),
    })
    const stopPurging = schedulePurge(db, log)
    const close = async () => {
      stopPurging()
      await db.close()
    }
    return { app, db, log, demo, close }
  } catch (error) {
    await db.close()
    throw error
  }
}

/** Starts Liaison on `env.host:env.port`, serving the built PWA too. */
export async function startServer(env: Env) {
  const liaison = await createLiaison(env, { webRoot: builtWeb })
  const server = await new Promise<ServerType>((resolve) => {
    const started: ServerType = serve(
      { fetch: liaison.app.fetch, hostname: env.host, port: env.port },
      () => resolve(started),
    )
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : env.port
  return {
    ...liaison,
    url: `http://${env.host.includes(':') ? `[${env.host}]` : env.host}:${port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await liaison.close()
    },
  }
}
