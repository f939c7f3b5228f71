import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { chromiumPath } from '../../support/chromium.ts'
import { median } from '../bench-stats.ts'

const run = promisify(execFile)
const cli = join('node_modules', 'lighthouse', 'cli', 'index.js')
const categories = ['performance', 'accessibility', 'best-practices'] as const
const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time']

/** What one Lighthouse run reports: its three category scores and three timings. */
interface Report {
  scores: number[]
  timingsMs: number[]
  /** The audits of the three categories that did not pass. */
  missed: string[]
}

interface LighthouseJson {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>
  audits: Record<string, { score: number | null; numericValue?: number }>
}

function missedAudits(report: LighthouseJson): string[] {
  const refs = categories.flatMap((name) => report.categories[name]?.auditRefs ?? [])
  return refs
    .filter(({ id, weight }) => weight > 0 && (report.audits[id]?.score ?? 1) < 0.9)
    .map(({ id }) => id)
}

/**
 * One Lighthouse run, mobile preset (its simulated slow 4G and 4× CPU), on a Chromium profile:
 * `profile` keeps the app's storage and service worker (a returning user), none is a first
 * visit with nothing stored.
 */
async function lighthouseOnce(url: string, profile: string | undefined): Promise<Report> {
  const scratch = profile ?? mkdtempSync(join(tmpdir(), 'liaison-lighthouse-'))
  try {
    const { stdout } = await run(
      process.execPath,
      [
        cli,
        url,
        '--quiet',
        '--output=json',
        '--output-path=stdout',
        `--only-categories=${categories.join(',')}`,
        `--chrome-flags=--headless=new --no-sandbox --user-data-dir=${scratch}`,
        ...(profile ? ['--disable-storage-reset'] : []),
      ],
      { env: { ...process.env, CHROME_PATH: chromiumPath() }, maxBuffer: 256 * 1024 * 1024 },
    )
    const report = JSON.parse(stdout) as LighthouseJson
    return {
      scores: categories.map((name) => Math.round((report.categories[name]?.score ?? 0) * 100)),
      timingsMs: metrics.map((name) => report.audits[name]?.numericValue ?? Number.NaN),
      missed: missedAudits(report),
    }
  } finally {
    if (!profile) rmSync(scratch, { recursive: true, force: true })
  }
}

export interface LighthousePage {
  name: string
  url: string
  /** A signed-in browser profile; without one, a first visit. */
  profile?: string
}

/**
 * Lighthouse `runs` times on each page, the pages taking turns so each sees the same machine,
 * and a table of the medians of each score and timing.
 */
export async function measureLighthouse(
  pages: LighthousePage[],
  { runs, log }: { runs: number; log: (line: string) => void },
): Promise<string> {
  const reports = pages.map((): Report[] => [])
  for (let round = 1; round <= runs; round++) {
    for (const [index, page] of pages.entries()) {
      log(`Lighthouse ${round}/${runs}: ${page.name}`)
      reports[index]?.push(await lighthouseOnce(page.url, page.profile))
    }
  }
  const lines = [
    '| page | performance | accessibility | best practices | FCP | LCP | TBT | audits missed | runs |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
  ]
  for (const [index, page] of pages.entries()) {
    const own = reports[index] ?? []
    const scores = categories.map((_, i) => median(own.map((r) => r.scores[i] ?? 0)))
    const timings = metrics.map((_, i) => median(own.map((r) => r.timingsMs[i] ?? Number.NaN)))
    const ms = timings.map((value) => `${Math.round(value)} ms`)
    const missed = [...new Set(own.flatMap((r) => r.missed))].join(', ') || 'none'
    lines.push(
      `| ${page.name} | ${scores.join(' | ')} | ${ms.join(' | ')} | ${missed} | ${own.length} |`,
    )
  }
  return lines.join('\n')
}
