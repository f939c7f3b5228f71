import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve, type ServerType } from '@hono/node-server'
import { build } from 'vite'
import { openDatabase, type Database } from '../../api/db/database.ts'
import { migrate } from '../../api/db/migrate.ts'
import { precompressFiles } from '../../scripts/precompress-files.ts'
import { createTestApp } from '../support/test-app.ts'

const pageRoot = fileURLToPath(new URL('./browser', import.meta.url))
const pageOut = fileURLToPath(new URL('../../dist/bench', import.meta.url))
const pwaConfig = fileURLToPath(new URL('../../vite.config.ts', import.meta.url))
const pwaOut = fileURLToPath(new URL('../../dist/web', import.meta.url))

/**
 * Builds the PWA as `npm run build` does, into dist/web, so the screens measured are this
 * checkout's.
 */
export async function buildPwa(): Promise<string> {
  await build({ configFile: pwaConfig, logLevel: 'warn' })
  precompressFiles(pwaOut)
  return pwaOut
}

/**
 * Builds the bench page (web/local and web/sync as the PWA ships them) into dist/bench.
 */
export async function buildBenchPage(): Promise<string> {
  await build({
    configFile: false,
    root: pageRoot,
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: pageOut,
      emptyOutDir: true,
      target: 'es2022',
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4096,
    },
  })
  return pageOut
}

export interface BenchDatabase {
  db: Database
  /** 'postgres' (DATABASE_URL) or 'pglite' (embedded, in a temp dir). */
  label: string
  close(): Promise<void>
}

/**
 * The real PostgreSQL of DATABASE_URL when set, else PGlite in a temp dir (removed on close);
 * migrated either way.
 */
export async function openBenchDatabase(url: string | undefined): Promise<BenchDatabase> {
  const dir = url ? null : mkdtempSync(join(tmpdir(), 'liaison-bench-'))
  const db = await openDatabase(dir ? { dataDir: dir } : { url: url ?? '' })
  const close = async () => {
    await db.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  }
  try {
    await migrate(db, { bootstrap: true })
  } catch (error) {
    await close()
    throw error
  }
  return { db, label: url ? 'postgres' : 'pglite', close }
}

/**
 * The whole app (embedded auth, sync API, `webRoot` as its web root) on 127.0.0.1, plus
 * `pages`: fixed HTML answered at their paths before the app sees the request.
 */
export async function startBenchServer(
  db: Database,
  webRoot: string,
  pages: Record<string, string> = {},
) {
  // The bench measures throughput, many requests of one user among them, not the per-user budget.
  const { app } = await createTestApp(db, {
    webRoot,
    apiRequestsPerMinute: Number.MAX_SAFE_INTEGER,
  })
  const withPages = (request: Request, env: unknown) => {
    const page = pages[new URL(request.url).pathname]
    if (page === undefined) return app.fetch(request, env)
    return new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } })
  }
  const server = await new Promise<ServerType>((resolve) => {
    const started: ServerType = serve({ fetch: withPages, hostname: '127.0.0.1', port: 0 }, () =>
      resolve(started),
    )
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/**
 * An access token from the app's own sign-in endpoint, as the PWA gets one.
 */
export async function signIn(url: string, user: { email: string; password: string }) {
  const res = await fetch(`${url}/auth/v1/token?grant_type=password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: user.password }),
  })
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`)
  return ((await res.json()) as { access_token: string }).access_token
}
