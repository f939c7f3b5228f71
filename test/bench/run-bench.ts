/**
 * `npm run bench`: Liaison's local save, initial pull and push, then the portfolio from cold,
 * search as you type and the lead's Team screen from cold in the real PWA, each beside its raw
 * floor measured in the same run (docs/benchmarks.md explains the figures). Stops by itself
 * within 7 minutes and removes what it made: the temp database or its rows on the shared
 * server, the browser and its profile. `-- pull100k` adds the 100 000-row first download (about
 * two minutes on its own); `-- lighthouse` runs Lighthouse's mobile audit on the sign-in screen,
 * the signed-in portfolio and its floor page (about two minutes); `-- smoke` runs the sync part
 * at tiny sizes for CI (well under a minute) and fails unless every measurement gave figures.
 */
import type { Database } from '../../api/db/database.ts'
import { chromiumVersion } from '../support/chromium.ts'
import { buildPwa, openBenchDatabase, startBenchServer } from './bench-server.ts'
import { fieldCounts, removeBenchData, seedOrg } from './bench-seed.ts'
import { breakdownTable, resultTable, smokeProblems, type Measurement } from './bench-stats.ts'
import { bigPullPlan, runSync, smokePlan, syncPlan } from './bench-sync-part.ts'
import { loadNow, machineLines } from './machine-info.ts'
import { benchApi } from './load/run-load.ts'
import { createFieldDevice, signInAndDownload, type FieldDevice } from './field/field-device.ts'
import { measureLighthouse, type LighthousePage } from './field/lighthouse.ts'
import { floorPaths, measurePortfolio, measureSearch, measureTeam } from './field/field-steps.ts'
import { portfolioFloorPage, teamFloorPage } from './field/page-scripts.ts'
import { seedTeam, teamCounts } from './field/team-seed.ts'

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

const partNames = ['sync', 'screens', 'lighthouse', 'pull100k', 'smoke', 'api'] as const
type Part = (typeof partNames)[number]
// `npm run bench -- screens` (or `sync`, `lighthouse`, `pull100k`, `smoke`, `api`) runs those
// parts; no argument runs sync and screens; `api` is the load bench of test/bench/load.
const asked = process.argv
  .slice(2)
  .filter((arg): arg is Part => (partNames as readonly string[]).includes(arg))
const parts = new Set<Part>(asked.length ? asked : ['sync', 'screens'])
const wants = (part: Part) => parts.has(part)
const syncPlans = [
  ...(wants('sync') ? [syncPlan] : []),
  ...(wants('pull100k') ? [bigPullPlan] : []),
  ...(wants('smoke') ? [smokePlan] : []),
]

/** The field org on the server and a phone that signed in to the real PWA and downloaded it. */
async function fieldDevice(db: Database, url: string | undefined) {
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
  return device
}

async function measureScreens(device: FieldDevice): Promise<Measurement[]> {
  return [
    ...(await measurePortfolio(device, { runs: 5, log })),
    await measureSearch(device, ['roadmap', 'ciso renewal', 'permit'], log),
    await measureTeam(device, { runs: 5, log }),
  ]
}

/** The sign-in screen of a first visit, the signed-in portfolio, and the floor page beside them. */
function lighthousePages(device: FieldDevice): LighthousePage[] {
  return [
    { name: 'first visit: sign-in screen', url: `${device.url}/` },
    {
      name: 'returning, signed in: portfolio of 500',
      url: `${device.url}/`,
      profile: device.profile,
    },
    {
      name: 'floor: the plain portfolio page, same profile',
      url: `${device.url}${floorPaths.portfolio}`,
      profile: device.profile,
    },
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
  const target = url ? 'PostgreSQL (DATABASE_URL)' : 'PGlite'
  for (const plan of syncPlans) {
    measurements.push(...(await runSync(db, target, plan, { log, cleanups, shared: !!url })))
  }
  const device = wants('screens') || wants('lighthouse') ? await fieldDevice(db, url) : undefined
  if (device && wants('screens')) measurements.push(...(await measureScreens(device)))
  const lighthouseTable =
    device && wants('lighthouse')
      ? await measureLighthouse(lighthousePages(device), { runs: 3, log })
      : ''
  if (wants('api')) await benchApi(db, url, log)

  console.log('\n## Machine\n')
  console.log(machineLines(versions).join('\n'))
  console.log(`- load average (1 min): ${loadAtStart} at the start, ${loadNow()} at the end`)
  console.log('\n## Results (medians; ratio = Liaison ÷ floor)\n')
  console.log(resultTable(measurements))
  if (lighthouseTable) {
    console.log('\n## Lighthouse, mobile preset (medians of 3)\n')
    console.log(lighthouseTable)
  }
  if (syncPlans.length) {
    console.log('\n## Where the sync time goes (medians)\n')
    console.log(breakdownTable(measurements))
    if (!url) console.log('\n"Real Postgres" push: NOT measured (DATABASE_URL is not set).')
  }
  if (wants('smoke')) {
    const problems = smokeProblems(measurements)
    for (const problem of problems) console.error(`smoke: ${problem}`)
    if (problems.length) process.exitCode = 1
    else console.log(`\nsmoke: ${measurements.length} measurements, each with figures`)
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
