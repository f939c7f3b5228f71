import type { Page } from 'playwright-core'
import { formatMs, percentile, type Measurement } from '../bench-stats.ts'
import { waitUntil, type FieldDevice } from './field-device.ts'
import { portfolioMarks, searchFloor, searchRecorder, teamMarks } from './page-scripts.ts'

export const floorPaths = {
  portfolio: '/api/bench/portfolio-floor',
  team: '/api/bench/team-floor',
} as const
const cpuSlowdown = 4
// As many results as the search screen lists per group.
const shownPerGroup = 10

type Marks = Record<string, number>

/** Opens the app at `path` offline in a fresh browser process and reads its paint marks. */
async function coldScreen(device: FieldDevice, path: string, marks: string): Promise<Marks> {
  const { context, page } = await device.launch({ offline: true, cpuSlowdown })
  try {
    await page.addInitScript(marks)
    await page.goto(`${device.url}${path}`)
    await waitUntil(page, '(window.__marks?.live ?? -1) > 0', 60_000)
    return (await page.evaluate('window.__marks')) as Marks
  } finally {
    await context.close()
  }
}

/** The same fresh browser process on a floor page, to its paint. */
async function coldFloor(device: FieldDevice, path: string): Promise<number> {
  // Online: the floor page comes from the bench server (the service worker lets /api through).
  const { context, page } = await device.launch({ offline: false, cpuSlowdown })
  try {
    await page.goto(`${device.url}${path}`)
    await waitUntil(page, '(window.__painted ?? -1) > 0', 60_000)
    return (await page.evaluate('window.__painted')) as number
  } finally {
    await context.close()
  }
}

interface Rounds {
  runs: number
  log: (line: string) => void
}

/**
 * The portfolio opened from cold, offline, CPU 4×: to the first row on screen (the copy saved
 * at the last visit) and to the rows computed from IndexedDB, each beside the floor page.
 * Liaison and floor launches alternate after one warm-up of each.
 */
export async function measurePortfolio(
  device: FieldDevice,
  { runs, log }: Rounds,
): Promise<Measurement[]> {
  const firstRow: Measurement = {
    name: 'Portfolio from cold, offline, CPU 4×: first row',
    liaison: [],
    floor: [],
  }
  const live: Measurement = {
    name: 'Portfolio from cold, offline, CPU 4×: rows from IndexedDB',
    liaison: [],
    floor: [],
  }
  for (let run = 0; run <= runs; run += 1) {
    const marks = await coldScreen(device, '/', portfolioMarks)
    const floor = await coldFloor(device, floorPaths.portfolio)
    const label = run === 0 ? 'warm-up' : `run ${run}`
    log(
      `portfolio ${label}: first row ${marks.row?.toFixed(0)} ms, live ${marks.live?.toFixed(0)} ms, floor ${floor.toFixed(0)} ms`,
    )
    if (run === 0) continue
    firstRow.liaison.push(marks.row ?? Number.NaN)
    live.liaison.push(marks.live ?? Number.NaN)
    firstRow.floor.push(floor)
    live.floor.push(floor)
  }
  return [firstRow, live]
}

/**
 * The lead's Team screen opened from cold, offline, CPU 4×, as the first screen: to its figures
 * computed from IndexedDB (the first manager's card), beside a floor page that reads the same
 * stores and lists the members. Launches alternate after one warm-up of each.
 */
export async function measureTeam(device: FieldDevice, { runs, log }: Rounds) {
  const team: Measurement = {
    name: 'Team from cold, offline, CPU 4×: figures from IndexedDB',
    liaison: [],
    floor: [],
  }
  for (let run = 0; run <= runs; run += 1) {
    const marks = await coldScreen(device, '/team', teamMarks)
    const floor = await coldFloor(device, floorPaths.team)
    const label = run === 0 ? 'warm-up' : `run ${run}`
    log(`team ${label}: figures ${marks.live?.toFixed(0)} ms, floor ${floor.toFixed(0)} ms`)
    if (run === 0) continue
    team.liaison.push(marks.live ?? Number.NaN)
    team.floor.push(floor)
  }
  return team
}

/** Opens Search as the app's first screen and logs how long its first answer takes. */
async function searchStraightAfterLaunch(device: FieldDevice, log: (line: string) => void) {
  const { context, page } = await device.launch({ offline: true, cpuSlowdown })
  try {
    await page.goto(`${device.url}/search`)
    await page.waitForSelector('#search-input')
    const first = await firstAnswer(page, 'a')
    log(`search as the first screen: first answer ${first.toFixed(0)} ms after a letter`)
  } finally {
    await context.close()
  }
}

/** Types one letter into the search box; ms until its answer is on the page. */
async function firstAnswer(page: Page, letter: string): Promise<number> {
  const started = performance.now()
  await page.locator('#search-input').fill(letter)
  await page.waitForSelector(`.search-output[data-query="${letter}"]`, { timeout: 60_000 })
  return performance.now() - started
}

const prefixes = (queries: string[]) =>
  queries.flatMap((query) => [...query].map((_, i) => query.slice(0, i + 1)))

/**
 * Search as you type, offline, CPU 4×: each key press to the results on screen, over 10 000
 * check-ins; the floor scans the same notes for the same text and lists the first matches.
 */
export async function measureSearch(
  device: FieldDevice,
  queries: string[],
  log: (line: string) => void,
): Promise<Measurement> {
  await searchStraightAfterLaunch(device, log)
  const { context, page } = await device.launch({ offline: true, cpuSlowdown })
  try {
    // As people use it: the app opens on the portfolio, and Search comes a few seconds later.
    await page.goto(`${device.url}/`)
    await page.waitForSelector('[data-live="true"] [data-testid="portfolio-row"]')
    await page.waitForTimeout(5000)
    const nav = page.getByRole('navigation', { name: 'Main' })
    await nav.getByRole('link', { name: 'Search' }).click()
    const after = await firstAnswer(page, 'a')
    log(`search opened 5 s after the portfolio: first answer ${after.toFixed(0)} ms after a letter`)
    const box = page.locator('#search-input')
    await page.evaluate(searchRecorder)
    const liaison: number[] = []
    for (const query of queries) {
      await box.fill('')
      await page.evaluate('window.__keystrokes = []')
      for (const [i, key] of [...query].entries()) {
        await page.keyboard.press(key === ' ' ? 'Space' : key)
        await waitUntil(page, `window.__keystrokes.length === ${i + 1}`, 30_000)
      }
      const times = (await page.evaluate('window.__keystrokes')) as number[]
      log(`search "${query}": ${times.map((ms) => ms.toFixed(0)).join(', ')} ms per key`)
      liaison.push(...times)
    }
    const floor = (await page.evaluate(searchFloor(prefixes(queries), shownPerGroup))) as number[]
    const p95 = `p95 ${formatMs(percentile(liaison, 95))} vs ${formatMs(percentile(floor, 95))}`
    const note = `${liaison.length} keystrokes, ${p95}`
    return { name: 'Search as you type, offline, CPU 4×, 10 000 check-ins', liaison, floor, note }
  } finally {
    await context.close()
  }
}
