import { execFileSync } from 'node:child_process'

/** Debian's Chromium; Playwright's own browser download does not work on these machines. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
}

/** Flags that keep headless Chromium quiet on a closed network and runnable as root. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** The version the Chromium binary reports, e.g. '156.0.8078.108'. */
export function chromiumVersion(): string {
  const stdio: ['ignore', 'pipe', 'ignore'] = ['ignore', 'pipe', 'ignore']
  const out = execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio })
  return /\d+(\.\d+)+/.exec(out)?.[0] ?? out.trim()
}
