import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { chromiumArgs, chromiumPath } from '../../support/chromium.ts'
import { deviceHolds } from './page-scripts.ts'

/**
 * Polls an expression in the page until it is truthy. (The app's CSP forbids the string
 * `eval` that Playwright's waitForFunction would use; page.evaluate goes through DevTools.)
 *
 * @example
 * await waitUntil(page, 'window.__painted > 0', 60_000)
 */
export async function waitUntil(page: Page, expression: string, timeoutMs: number) {
  const giveUpAt = Date.now() + timeoutMs
  while (!(await page.evaluate(expression))) {
    if (Date.now() > giveUpAt) throw new Error(`gave up waiting for ${expression.trim()}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** A phone's browser profile on disk: its IndexedDB and service worker survive a relaunch. */
export interface FieldDevice {
  url: string
  /** The profile's directory, for a browser that is not Playwright's (Lighthouse's). */
  profile: string
  /** A fresh browser process on the profile, as when the app is opened after being killed. */
  launch(options: { offline: boolean; cpuSlowdown: number }): Promise<{
    context: BrowserContext
    page: Page
  }>
  remove(): void
}

/**
 * A browser profile for the app at `url`, removed by `remove()`.
 */
export function createFieldDevice(url: string): FieldDevice {
  const profile = mkdtempSync(join(tmpdir(), 'liaison-field-'))
  return {
    url,
    profile,
    async launch({ offline, cpuSlowdown }) {
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath(),
        args: chromiumArgs,
        viewport: { width: 375, height: 812 },
      })
      await context.setOffline(offline)
      const page = context.pages()[0] ?? (await context.newPage())
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`))
      page.on('console', (message) => {
        // Offline, the app's sync attempts fail by design; anything else is worth seeing.
        const text = message.text()
        const expected = text.includes('ERR_INTERNET_DISCONNECTED')
        if (message.type() === 'error' && !expected) console.error(`page console: ${text}`)
      })
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
      return { context, page }
    },
    remove: () => rmSync(profile, { recursive: true, force: true }),
  }
}

/**
 * Signs in through the real sign-in screen and waits until a service worker controls the app
 * and the first download put `counts` rows in each store of the device with nothing pending.
 */
export async function signInAndDownload(
  device: FieldDevice,
  user: { email: string; password: string },
  counts: Record<string, number>,
) {
  const { context, page } = await device.launch({ offline: false, cpuSlowdown: 1 })
  try {
    await page.goto(`${device.url}/`)
    await page.getByLabel('Email').fill(user.email)
    await page.getByLabel('Password').fill(user.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('navigation').waitFor({ timeout: 30_000 })
    await page.evaluate('navigator.serviceWorker.ready.then(() => undefined)')
    await waitUntil(page, deviceHolds(counts), 120_000)
    if (!(await page.evaluate('Boolean(navigator.serviceWorker.controller)'))) await page.reload()
    await waitUntil(page, 'Boolean(navigator.serviceWorker.controller)', 30_000)
  } finally {
    await context.close()
  }
}
