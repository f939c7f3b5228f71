/**
 * `npm test`: every check of the project in one run. Steps that need a PostgreSQL server
 * (DATABASE_URL) or Chromium are skipped with the reason when those are missing; with
 * LIAISON_REQUIRE_ALL=1 (as .ci/run sets it) a skip is a failure.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromiumPath } from './support/chromium.ts'

interface Step {
  name: string
  command: string[]
  /** Why the step cannot run on this machine, or null when it can. */
  missing?: () => string | null
}

const hasDatabase = () => (process.env.DATABASE_URL ? null : 'DATABASE_URL is not set')
const hasPgProve = () =>
  hasDatabase() ??
  (spawnSync('pg_prove', ['--version']).status === 0 ? null : 'pg_prove is not installed')
const hasChromium = () =>
  existsSync(chromiumPath()) ? null : `no Chromium at ${chromiumPath()} (set CHROMIUM_PATH)`

const steps: Step[] = [
  { name: 'lint and format', command: ['npm', 'run', '--silent', 'lint'] },
  { name: 'typecheck', command: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'unit and integration tests', command: ['npx', 'vitest', 'run'] },
  {
    name: 'pgTAP row-level security tests',
    command: ['node', '--import', 'tsx', 'scripts/run-pgtap.ts'],
    missing: hasPgProve,
  },
  { name: 'build the PWA', command: ['npm', 'run', '--silent', 'build'] },
  {
    // Every sync measurement at a tiny size: proves the bench still runs, not how fast.
    name: 'bench smoke (sync part, tiny sizes)',
    command: ['node', '--import', 'tsx', 'test/bench/run-bench.ts', 'smoke'],
    missing: () => hasDatabase() ?? hasChromium(),
  },
  {
    name: 'browser tests (Playwright, Chromium)',
    command: ['npx', 'playwright', 'test', '-c', 'test/e2e/playwright.config.ts'],
    missing: hasChromium,
  },
]

const requireAll = process.env.LIAISON_REQUIRE_ALL === '1'
const outcomes: { name: string; outcome: 'passed' | 'failed' | 'skipped'; note: string }[] = []

if (!process.env.DATABASE_URL) {
  console.log('Note: DATABASE_URL is not set, so the integration tests run on PGlite only.\n')
}
for (const step of steps) {
  const why = step.missing?.() ?? null
  if (why) {
    outcomes.push({ name: step.name, outcome: 'skipped', note: why })
    console.log(`\n— skipped: ${step.name} (${why})`)
    continue
  }
  console.log(`\n— ${step.name}: ${step.command.join(' ')}`)
  const started = performance.now()
  const result = spawnSync(step.command[0] ?? '', step.command.slice(1), { stdio: 'inherit' })
  const seconds = `${((performance.now() - started) / 1000).toFixed(1)} s`
  outcomes.push({
    name: step.name,
    outcome: result.status === 0 ? 'passed' : 'failed',
    note: seconds,
  })
}

console.log('\nSummary')
for (const { name, outcome, note } of outcomes)
  console.log(`  ${outcome.padEnd(8)} ${name} (${note})`)
const count = (outcome: string) => outcomes.filter((o) => o.outcome === outcome).length
const skipped = count('skipped')
if (skipped && requireAll) console.log('LIAISON_REQUIRE_ALL=1: skipped steps count as failures.')
console.log(`steps: ${count('passed')} passed, ${count('failed')} failed, ${skipped} skipped`)
process.exit(count('failed') > 0 || (skipped > 0 && requireAll) ? 1 : 0)
