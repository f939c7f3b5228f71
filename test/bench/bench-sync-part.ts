import { chromium } from 'playwright-core'
import type { Database } from '../../api/db/database.ts'
import { chromiumArgs, chromiumPath } from '../support/chromium.ts'
import { buildBenchPage, signIn, startBenchServer } from './bench-server.ts'
import {
  bigPullCounts,
  createPushOrg,
  pullCounts,
  removeBenchData,
  rowsOf,
  seedPullOrg,
  type PullCounts,
} from './bench-seed.ts'
import type { Measurement } from './bench-stats.ts'
import { measurePull, measurePush, measureSave, type StepContext } from './bench-steps.ts'

type Cleanup = () => Promise<unknown>

/** What a run of the sync part measures, and how much of it. */
export interface SyncPlan {
  save: Parameters<typeof measureSave>[2] | null
  /** Initial pulls: each its own org, `repeats` measured rounds (0: one round, no warm-up). */
  pulls: { counts: PullCounts; repeats: number }[]
  push: { count: number; repeats: number } | null
  /** How long the part may take, in ms from its start. */
  budgetMs: number
}

/** `npm run bench -- sync`: the saves, the 10 000-row first download and a 1 000-row push. */
export const syncPlan: SyncPlan = {
  save: { 1: { warmup: 10, runs: 40 }, 4: { warmup: 5, runs: 30 } },
  pulls: [{ counts: pullCounts, repeats: 3 }],
  push: { count: 1000, repeats: 3 },
  budgetMs: 150_000,
}

/** `npm run bench -- pull100k`: the 100 000-row first download, once (it takes a minute). */
export const bigPullPlan: SyncPlan = {
  save: null,
  pulls: [{ counts: bigPullCounts, repeats: 0 }],
  push: null,
  budgetMs: 300_000,
}

/** `npm run bench -- smoke`: every sync measurement at a tiny size, to prove it still runs. */
export const smokePlan: SyncPlan = {
  save: { 1: { warmup: 1, runs: 3 }, 4: { warmup: 1, runs: 3 } },
  pulls: [{ counts: { accounts: 10, contacts: 50, checkins: 200, action_items: 40 }, repeats: 1 }],
  push: { count: 20, repeats: 1 },
  budgetMs: 45_000,
}

const pullName = (rows: number) => `Initial pull into IndexedDB, ${rows.toLocaleString('en')} rows`

/**
 * The sync measurements in the bench page: local saves, first downloads and a push, each beside
 * its floor, on `db` (PostgreSQL when `target` says so). Registers its cleanups.
 */
export async function runSync(
  db: Database,
  target: string,
  plan: SyncPlan,
  run: { log: (line: string) => void; cleanups: Cleanup[]; shared: boolean },
): Promise<Measurement[]> {
  const { log, cleanups } = run
  const started = performance.now()
  log('building the bench page (vite build → dist/bench)')
  const webRoot = await buildBenchPage()
  const pullOrgs = []
  for (const pull of plan.pulls) {
    log(`seeding ${rowsOf(pull.counts)} rows for a fresh org (${JSON.stringify(pull.counts)})`)
    pullOrgs.push({ ...pull, org: await seedPullOrg(db, pull.counts) })
  }
  const pushOrg = await createPushOrg(db)
  if (run.shared) {
    const orgIds = [...pullOrgs.map((pull) => pull.org.orgId), pushOrg.scope.orgId]
    const userIds = [...pullOrgs.map((pull) => pull.org.user.id), pushOrg.user.id]
    cleanups.push(() => removeBenchData(db, orgIds, userIds))
  }
  const server = await startBenchServer(db, webRoot)
  cleanups.push(() => server.close())
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

  const measurements: Measurement[] = []
  if (plan.save) measurements.push(...(await measureSave(context, pushOrg.scope, plan.save)))
  // The rounds share what is left of the part's time: 40 % to the pulls, the rest to the push.
  const deadline = started + plan.budgetMs
  const pullShare = plan.push ? 0.4 : 1
  const pullStopBy = performance.now() + (deadline - performance.now()) * pullShare
  for (const pull of pullOrgs) {
    const token = await signIn(server.url, pull.org.user)
    const rows = rowsOf(pull.counts)
    const plan = { token, rows, name: pullName(rows) }
    measurements.push(
      await measurePull(context, plan, { repeats: pull.repeats, stopBy: pullStopBy }),
    )
  }
  if (plan.push) {
    const token = await signIn(server.url, pushOrg.user)
    const push = { token, scope: pushOrg.scope, count: plan.push.count, target }
    measurements.push(
      await measurePush(context, push, { repeats: plan.push.repeats, stopBy: deadline }),
    )
  }
  await browser.close()
  return measurements
}
