import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../support/chromium.ts'
import { openDevice, signIn, waitForServiceWorker } from './sign-in.ts'

test('a signed-in manager reloads the app offline and is still signed in', async ({
  page,
  context,
}) => {
  await signIn(page, 'manager@demo.test')
  await waitForServiceWorker(page)

  await context.setOffline(true)
  await page.reload()

  await expect(page.getByRole('navigation')).toBeVisible()
  await openDevice(page)
  await expect(page.getByRole('main')).toContainText('manager@demo.test')
  await expect(page.getByTestId('sync-chip')).toHaveText(/offline/i)
})

test('wrong password is refused with a plain message', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('Email').fill('manager@demo.test')
  await page.getByLabel('Password').fill('not-the-password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('alert')).toContainText(/wrong email or password/i)
})

test('Chromium reports the app installable', async ({ baseURL }) => {
  // Incognito contexts are never installable, so this test uses a real profile.
  const context = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), 'liaison-profile-')),
    { executablePath: chromiumPath(), args: chromiumArgs, ...(baseURL ? { baseURL } : {}) },
  )
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto('/')
    await waitForServiceWorker(page)
    const cdp = await context.newCDPSession(page)
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
    expect(installabilityErrors).toEqual([])
    const manifest = await cdp.send('Page.getAppManifest')
    expect(manifest.errors).toEqual([])
  } finally {
    await context.close()
  }
})
