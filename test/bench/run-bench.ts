/**
 * `npm run bench`: Liaison's local save, initial pull and push, then the portfolio from cold,
 * search as you type and the lead's Team screen from cold in the real PWA, each beside its raw
 * floor measured in the same run (docs/benchmarks.md explains the figures). Stops by itself
 * within 7 minutes and removes what it made: the temp database or its rows on the shared
 * server, the browser and its profile.
 */
import { chromium } from 'playwright-core'
import type { Database } from '../../api/db/database.ts'
import { chromiumArgs, chromiumPath, chromiumVersion } from '../support/chromium.ts'
import {
  buildBenchPage,
  buildPwa,
  openBenchDatabase,
  signIn,
  startBenchServer,
} from './bench-server.ts'
import {
  createPushOrg,
  fieldCounts,
  pullCounts,
  removeBenchData,
  seedOrg,
  seedPullOrg,
} from './bench-seed.ts'
import { breakdownTable, resultTable, type Measurement } from './bench-stats.ts'
import { measurePull, measurePush, measureSave, type StepContext } from './bench-steps.ts'
import { loadNow, machineLines } from './machine-info.ts'
import { benchApi } from './load/run-load.ts'
import { createFieldDevice, signInAndDownload } from './field/field-device.ts'
import { floorPaths, measurePortfolio, measureSearch, measureTeam } from './field/field-steps.ts'
import { portfolioFloorPage, teamFloorPage } from './field/page-scripts.ts'
import { seedTeam, teamCounts } from './field/team-seed.ts'

// The sync measurements share the first 150 s; the screens need about three minutes more.
const syncDeadlineMs = 150_000
const deadlineMs = 400_000
const reserveMs = 15_000
const started = performance.now()
const log = (line: string) => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1).padStart(5)
  console.log(`[${seconds} s] ${line}`)
}

type Cleanup = () => Promise<unknown>
const cleanups: Cleanup[] = []

async function databaseVersion(db: Database): Promise<string> {
  const [row] = await db.query<{ v: string }>(`select current_setting('server_version') as v`)
  const version = row?.v.split(' ')[0] ?? '?'
  return db.kind === 'postgres' ? `PostgreSQL ${version}` : `PGlite (PostgreSQL ${version})`
}

type Part = 'sync' | 'screens' | 'api'
// `npm run bench -- screens` (or `sync`) runs one part; no argument runs both. `api` (the load
// bench of test/bench/load) runs only when named.
const parts = new Set<Part>(
  process.argv.slice(2).filter((arg): arg is Part => ['sync', 'screens', 'api'].includes(arg)),
)
const wants = (part: Part) => parts.has(part) || (parts.size === 0 && part !== 'api')

async function runSync(db: Database, url: string | undefined): Promise<Measurement[]> {
  const target = url ? 'PostgreSQL (DATABASE_URL)' : 'PGlite'
  log('building the bench page (vite build → dist/bench)')
  const webRoot = await buildBenchPage()
  const total = Object.values(pullCounts).reduce((sum, n) => sum + n, 0)
  log(`seeding ${total} rows for a fresh org (${JSON.stringify(pullCounts)})`)
  const pullOrg = await seedPullOrg(db)
  const pushOrg = await createPushOrg(db)
  if (url) {
    const orgIds = [pullOrg.orgId, pushOrg.scope.orgId]
    const userIds = [pullOrg.user.id, pushOrg.user.id]
    cleanups.push(() => removeBenchData(db, orgIds, userIds))
  }

  const server = await startBenchServer(db, webRoot)
  cleanups.push(() => server.close())
  const pullToken = await signIn(server.url, pullOrg.user)
  const pushToken = await signIn(server.url, pushOrg.user)

  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
  cleanups.push(() => browser.close())
  const page = await browser.newPage()
  page.on('pageerror', (error) => log(`page error: ${error.message}`))
  await page.goto(`${server.url}/`)
  await page.waitForFunction(() => window.liaisonBench !== undefined, undefined, {
    timeout: 15_000,
  })
  const cdp = await page.context().newCDPSession(page)
  const context: StepContext = { page, cdp, db, log }

  const measurements: Measurement[] = await measureSave(context, pushOrg.scope, {
    1: { warmup: 10, runs: 40 },
    4: { warmup: 5, runs: 30 },
  })
  // The sync rounds share what is left of their time.
  const left = syncDeadlineMs - performance.now()
  const pullStopBy = performance.now() + left * 0.4
  measurements.push(await measurePull(context, pullToken, { repeats: 3, stopBy: pullStopBy }))
  const push = { token: pushToken, scope: pushOrg.scope, count: 1000, target }
  measurements.push(await measurePush(context, push, { repeats: 3, stopBy: syncDeadlineMs }))
  await browser.close()
  return measurements
}

async function runScreens(db: Database, url: string | undefined): Promise<Measurement[]> {
  log(
    `seeding the field org for the screens (${JSON.stringify({ ...fieldCounts, ...teamCounts })})`,
  )
  // Its one who signs in is a lead, so the Team screen is theirs; the portfolio is the same.
  const fieldOrg = await seedOrg(db, 'Bench field', fieldCounts, 'lead')
  const managerIds = await seedTeam(db, fieldOrg.orgId, fieldCounts)
  if (url) {
    const userIds = [fieldOrg.user.id, ...managerIds]
    cleanups.push(() => removeBenchData(db, [fieldOrg.orgId], userIds))
  }
  log('building the PWA (vite build → dist/web)')
  const pwa = await startBenchServer(db, await buildPwa(), {
    [floorPaths.portfolio]: portfolioFloorPage,
    [floorPaths.team]: teamFloorPage,
  })
  cleanups.push(() => pwa.close())
  const device = createFieldDevice(pwa.url)
  cleanups.push(async () => device.remove())
  log('a phone signs in to the PWA and downloads the field org')
  await signInAndDownload(device, fieldOrg.user, {
    checkins: fieldCounts.checkins,
    risks: teamCounts.risks,
    value_items: teamCounts.valueItems,
  })
  return [
    ...(await measurePortfolio(device, { runs: 5, log })),
    await measureSearch(device, ['roadmap', 'ciso renewal', 'permit'], log),
    await measureTeam(device, { runs: 5, log }),
  ]
}

async function run(): Promise<void> {
  const loadAtStart = loadNow()
  const url = process.env.DATABASE_URL
  log(url ? 'opening PostgreSQL (DATABASE_URL)' : 'creating a PGlite database in a temp dir')
  const database = await openBenchDatabase(url)
  cleanups.push(() => database.close())
  const { db } = database
  if (!url) {
    console.log('NOTE: DATABASE_URL is not set, so the server runs on PGlite in a temp dir.')
    console.log('NOTE: the "push to real Postgres" figure was NOT measured in this run.')
  }
  const versions = { chromium: chromiumVersion(), database: await databaseVersion(db) }
  const measurements: Measurement[] = []
  if (wants('sync')) measurements.push(...(await runSync(db, url)))
  if (wants('screens')) measurements.push(...(await runScreens(db, url)))
  if (wants('api')) await benchApi(db, url, log)

  console.log('\n## Machine\n')
  console.log(machineLines(versions).join('\n'))
  console.log(`- load average (1 min): ${loadAtStart} at the start, ${loadNow()} at the end`)
  console.log('\n## Results (medians; ratio = Liaison ÷ floor)\n')
  console.log(resultTable(measurements))
  if (wants('sync')) {
    console.log('\n## Where the sync time goes (medians)\n')
    console.log(breakdownTable(measurements))
    if (!url) console.log('\n"Real Postgres" push: NOT measured (DATABASE_URL is not set).')
  }
}

async function cleanUp() {
  // Last in, first out: the browser before the server, the server before the database.
  for (const cleanup of cleanups.reverse()) {
    await cleanup().catch((error: unknown) => console.error('cleanup failed:', error))
  }
}

async function main() {
  // A last resort in case cleaning up hangs: the bench must never outlive 7 minutes.
  setTimeout(() => process.exit(2), deadlineMs + reserveMs).unref()
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('bench: over the time limit')), deadlineMs)
  })
  try {
    const work = run()
    // After the deadline the run is abandoned; its late failure (browser closed) is expected.
    work.catch(() => undefined)
    await Promise.race([work, deadline])
  } catch (error) {
    console.error(error)
    process.exitCode = 1
  } finally {
    clearTimeout(timer)
    await cleanUp()
  }
}

await main()
