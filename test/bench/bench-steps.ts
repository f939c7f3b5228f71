import type { CDPSession, Page } from 'playwright-core'
import type { Database } from '../../api/db/database.ts'
import type { BenchApi, BenchScope } from './bench-api.ts'
import { insertFloor } from './bench-seed.ts'
import { formatMs, type Measurement } from './bench-stats.ts'

type Method = keyof BenchApi
type Input<M extends Method> = Parameters<BenchApi[M]>[0]
type Output<M extends Method> = Awaited<ReturnType<BenchApi[M]>>

/** Calls one of the bench page's functions and returns what it resolved with. */
async function call<M extends Method>(page: Page, method: M, input: Input<M>): Promise<Output<M>> {
  const result: unknown = await page.evaluate(
    ([name, arg]) => {
      const api = window.liaisonBench
      if (!api) throw new Error('the bench page did not load')
      return (api[name] as (value: unknown) => Promise<unknown>)(arg)
    },
    [method, input] as const,
  )
  return result as Output<M>
}

export interface StepContext {
  page: Page
  cdp: CDPSession
  db: Database
  log: (line: string) => void
}

/**
 * Save latency at CPU 1× and, as a mid-range phone proxy, 4× slower (CDP throttling of the
 * page's renderer; IndexedDB's own work runs in the browser process and is not slowed).
 */
export async function measureSave(
  { page, cdp, log }: StepContext,
  scope: BenchScope,
  counts: Record<1 | 4, { warmup: number; runs: number }>,
): Promise<Measurement[]> {
  const measurements: Measurement[] = []
  for (const rate of [1, 4] as const) {
    const { warmup, runs } = counts[rate]
    log(`save latency, CPU ${rate}×: ${warmup} warm-up + ${runs} measured pairs`)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate })
    const { liaison, floor } = await call(page, 'saveLatency', { scope, warmup, runs })
    measurements.push({
      name: `Local save: check-in + 2 commitments, CPU ${rate}×`,
      liaison,
      floor,
    })
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  return measurements
}

/** How many measured rounds to run after the warm-up, and when to stop starting new ones. */
export interface Rounds {
  repeats: number
  /** A `performance.now()` time: no round starts that would likely end after it. */
  stopBy: number
}

/** Round 0 is the warm-up; measured rounds follow while the last one's length still fits. */
async function runRounds(
  rounds: Rounds,
  log: StepContext['log'],
  work: (round: number) => Promise<void>,
) {
  for (let round = 0; round <= rounds.repeats; round += 1) {
    const start = performance.now()
    await work(round)
    const took = performance.now() - start
    if (round >= 1 && round < rounds.repeats && performance.now() + took > rounds.stopBy) {
      log(`stopping after ${round} measured round(s) to stay within the time limit`)
      return
    }
  }
}

const roundName = (round: number) => (round === 0 ? 'warm-up' : `round ${round}`)

/** The page's JS heap in MB, as CDP reports it. */
async function heapMb(cdp: CDPSession): Promise<number> {
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  return usedSize / 2 ** 20
}

/**
 * Runs `work` while sampling the page's JS heap every 100 ms (after a garbage collection, so
 * the start is clean): how high it went above where it started, in MB.
 */
async function withHeapPeak<T>(cdp: CDPSession, work: () => Promise<T>) {
  await cdp.send('HeapProfiler.collectGarbage')
  const start = await heapMb(cdp)
  let peak = start
  let running = true
  const sampling = (async () => {
    while (running) {
      peak = Math.max(peak, await heapMb(cdp))
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  })()
  try {
    const value = await work()
    return { value, startMb: start, peakMb: peak }
  } finally {
    running = false
    await sampling
  }
}

/** What a pull measurement downloads and what it is called. */
export interface PullPlan {
  token: string
  /** The rows the seeded org holds for its member: the download must store all of them. */
  rows: number
  name: string
}

/**
 * A first download into an empty device, in rounds after one warm-up (none when `repeats` is
 * 0: the one round is measured), with the page's JS heap peak during the Liaison pull.
 */
export async function measurePull(
  { page, cdp, log }: StepContext,
  plan: PullPlan,
  rounds: Rounds,
): Promise<Measurement> {
  const measurement: Measurement = {
    name: plan.name,
    liaison: [],
    floor: [],
    httpMs: [],
    httpOverlaps: true,
  }
  const peaks: number[] = []
  const measured = (round: number) => round >= 1 || rounds.repeats === 0
  await runRounds(rounds, log, async (round) => {
    const name = `bench-pull-${round}-${Date.now()}`
    const {
      value: result,
      startMb,
      peakMb,
    } = await withHeapPeak(cdp, () => call(page, 'pull', { token: plan.token, name }))
    if (result.rows < plan.rows) throw new Error(`the pull stored ${result.rows} of ${plan.rows}`)
    const took = `${formatMs(result.liaisonMs)} (floor ${formatMs(result.floorMs)})`
    const heap = `JS heap ${startMb.toFixed(1)} MB → peak ${peakMb.toFixed(1)} MB`
    const label = rounds.repeats === 0 ? 'the one round' : roundName(round)
    log(`pull ${label}: ${result.rows} rows in ${took}; ${heap}`)
    if (!measured(round)) return
    peaks.push(peakMb - startMb)
    measurement.note = `${result.rows} rows; JS heap peak +${Math.max(...peaks).toFixed(1)} MB`
    measurement.liaison.push(result.liaisonMs)
    measurement.floor.push(result.floorMs)
    measurement.httpMs?.push(result.httpMs)
  })
  return measurement
}

/**
 * Pushes `count` queued creates from a fresh device, then inserts the same rows in one
 * statement, in rounds after one (smaller) warm-up.
 */
export async function measurePush(
  { page, db, log }: StepContext,
  options: { token: string; scope: BenchScope; count: number; target: string },
  rounds: Rounds,
): Promise<Measurement> {
  const { token, scope, count, target } = options
  const name = `Push of queued creates to ${target}`
  const note = `${count} mutations`
  const measurement: Measurement = { name, liaison: [], floor: [], note, httpMs: [] }
  await runRounds(rounds, log, async (round) => {
    // The warm-up only has to warm the code paths, connections and query plans.
    const size = round === 0 ? Math.ceil(count / 4) : count
    const pushName = `bench-push-${round}-${Date.now()}`
    const result = await call(page, 'push', { token, scope, count: size, name: pushName })
    if (result.pushed !== size || result.rejected !== 0 || result.left !== 0) {
      const { pushed, rejected, left } = result
      throw new Error(`push: ${pushed} acknowledged, ${rejected} rejected, ${left} left`)
    }
    const floorMs = await insertFloor(db, result.rows, scope.userId)
    const took = `${formatMs(result.liaisonMs)} (floor ${formatMs(floorMs)})`
    const queued = `queued in ${formatMs(result.queueMs)}`
    log(`push ${roundName(round)}: ${size} creates ${queued}, pushed in ${took}`)
    if (round === 0) return
    measurement.liaison.push(result.liaisonMs)
    measurement.floor.push(floorMs)
    measurement.httpMs?.push(result.httpMs)
  })
  return measurement
}
