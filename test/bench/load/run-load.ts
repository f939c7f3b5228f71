/**
 * `npm run bench -- api`: an API instance in its own process over PostgreSQL, loaded by
 * autocannon from this one: the health check (the floor), a pull with nothing new, /api/me,
 * small pushes from many devices and the sign-in, one after another in the same run. Reports
 * requests a second, latency p50 / p99, errors and the server's resident memory.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Database } from '../../../api/db/database.ts'
import { cpuSeconds, cpuSnapshot } from './cpu-time.ts'
import { loadScenarios, type CaughtUp, type Scenario } from './load-scenarios.ts'
import { removeLoadOrg, seedLoadOrg, type LoadOrg } from './load-seed.ts'

export interface LoadFigure {
  name: string
  connections: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  /** Socket errors, timeouts and answers other than 2xx. */
  errors: number
  /** The answers other than 2xx, by status: '429 × 12'. */
  refusals: string
  /** The server's largest resident set during the scenario, in MiB. */
  rssMiB: number
  /** CPU milliseconds per request answered, in the API process and in its PostgreSQL backends. */
  apiCpuMs: number
  databaseCpuMs: number
}

export interface LoadOptions {
  seconds: number
  connections: number
  people: number
  pushSize: number
  log: (line: string) => void
}

// LOAD_SERVER names another checkout's load-server-process.ts, to compare two versions in one run.
const serverEntry =
  process.env.LOAD_SERVER ?? fileURLToPath(new URL('./load-server-process.ts', import.meta.url))

function startServer(url: string): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(serverEntry, [], {
    execArgv: [
      '--import',
      'tsx',
      ...(process.env.LOAD_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []),
    ],
    env: { ...process.env, DATABASE_URL: url, PORT: '0' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  })
  return new Promise((resolve, reject) => {
    child.once('message', (message) => resolve({ child, port: (message as { port: number }).port }))
    child.once('exit', (code) => reject(new Error(`the load server exited (${code})`)))
  })
}

function residentMiB(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) / 1024
  } catch {
    return 0
  }
}

/** Pulls every page as a device does, so the next pull has nothing new. */
async function catchUp(base: string, org: LoadOrg): Promise<CaughtUp[]> {
  return Promise.all(
    org.users.map(async (user) => {
      const clientId = crypto.randomUUID()
      let cursor = ''
      for (;;) {
        const query = `limit=1000&clientId=${clientId}${cursor ? `&cursor=${cursor}` : ''}`
        const res = await fetch(`${base}/api/sync/pull?${query}`, {
          headers: { authorization: `Bearer ${user.token}` },
        })
        if (res.status !== 200) throw new Error(`pull failed: ${res.status} ${await res.text()}`)
        const page = (await res.json()) as { cursor: string; hasMore: boolean }
        cursor = page.cursor
        if (!page.hasMore) return { cursor, clientId }
      }
    }),
  )
}

async function fire(
  db: Database,
  base: string,
  scenario: Scenario,
  seconds: number,
  pid: number | undefined,
): Promise<LoadFigure> {
  const { default: autocannon } = await import('autocannon')
  const before = await cpuSnapshot(db, pid)
  let index = 0
  let rssMiB = residentMiB(pid)
  const sampler = setInterval(() => (rssMiB = Math.max(rssMiB, residentMiB(pid))), 250)
  try {
    const result = await autocannon({
      url: base,
      connections: scenario.connections,
      duration: seconds,
      timeout: 30,
      setupClient: (client) => scenario.setupClient(client, index++),
    })
    // The same backends: a pool's connections stay open between scenarios.
    const apiCpu = cpuSeconds(pid) - before.api
    const databaseCpu = before.pids.reduce((sum, p) => sum + cpuSeconds(p), 0) - before.database
    const answered = Math.max(1, result.requests.total)
    return {
      name: scenario.name,
      connections: scenario.connections,
      requestsPerSecond: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
      refusals: Object.entries(result.statusCodeStats)
        .filter(([status]) => !status.startsWith('2'))
        .map(([status, { count }]) => `${status} × ${count}`)
        .join(', '),
      rssMiB,
      apiCpuMs: (apiCpu * 1000) / answered,
      databaseCpuMs: (databaseCpu * 1000) / answered,
    }
  } finally {
    clearInterval(sampler)
  }
}

/**
 * Runs every scenario for `seconds` after a 2 s warm-up of its own, against one server.
 */
export async function runLoad(db: Database, url: string, options: LoadOptions) {
  const { log } = options
  log(`seeding a load org of ${options.people} managers`)
  const org = await seedLoadOrg(db, options.people)
  const { child, port } = await startServer(url)
  const base = `http://127.0.0.1:${port}`
  const figures: LoadFigure[] = []
  try {
    const caughtUp = await catchUp(base, org)
    const only = process.env.LOAD_ONLY?.split(',')
    const scenarios = loadScenarios(org, caughtUp, options)
    for (const scenario of scenarios.filter(
      (s, n) => !only || n === 0 || only.some((part) => s.name.includes(part)),
    )) {
      log(
        `${scenario.name}: ${scenario.connections} connections, 2 s warm-up + ${options.seconds} s`,
      )
      await fire(db, base, scenario, 2, child.pid)
      figures.push(await fire(db, base, scenario, options.seconds, child.pid))
    }
  } finally {
    child.kill('SIGTERM')
    await removeLoadOrg(db, org)
  }
  return figures
}

/**
 * The figures as a Markdown table, each throughput beside the health check's of the same run.
 */
export function loadTable(figures: LoadFigure[]): string {
  const floor = figures[0]
  const rows = figures.map((f) => {
    const share = floor
      ? `${Math.round((f.requestsPerSecond / floor.requestsPerSecond) * 100)} %`
      : ''
    const p99Ratio = floor ? `${(f.p99Ms / Math.max(1, floor.p99Ms)).toFixed(1)}×` : ''
    const cells = [
      f.name,
      String(f.connections),
      Math.round(f.requestsPerSecond).toLocaleString('en-US'),
      share,
      `${f.p50Ms} ms`,
      `${f.p99Ms} ms`,
      p99Ratio,
      f.refusals ? `${f.errors} (${f.refusals})` : String(f.errors),
      `${Math.round(f.rssMiB)} MiB`,
      `${f.apiCpuMs.toFixed(2)} ms`,
      `${f.databaseCpuMs.toFixed(2)} ms`,
    ]
    return `| ${cells.join(' | ')} |`
  })
  return [
    '| scenario | conns | req/s | of health | p50 | p99 | p99 ÷ health | errors | server RSS | API CPU / req | PG CPU / req |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n')
}

/**
 * The `api` part of `npm run bench`: needs DATABASE_URL (the server is its own process), else
 * says it was not measured. LOAD_SECONDS and LOAD_CONNECTIONS change the defaults (10 s, 100).
 */
export async function benchApi(db: Database, url: string | undefined, log: (line: string) => void) {
  if (!url) {
    console.log('\nAPI under load: NOT measured (it needs DATABASE_URL).')
    return
  }
  const seconds = Number(process.env.LOAD_SECONDS ?? 10)
  const connections = Number(process.env.LOAD_CONNECTIONS ?? 100)
  const figures = await runLoad(db, url, { seconds, connections, people: 20, pushSize: 5, log })
  console.log('\n## The API under load (autocannon, one instance, same run)\n')
  console.log(loadTable(figures))
}
