import { expect, type Page } from '@playwright/test'

/** Signs in through the real sign-in screen and waits for the signed-in shell. */
export async function signIn(page: Page, email: string, password = 'liaison-demo') {
  await page.goto('/')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('navigation')).toBeVisible()
}

/** Resolves once a service worker controls the page (the first visit needs one reload). */
export async function waitForServiceWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload()
  }
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
    .toBe(true)
}

/** Signs in and waits until the first download has put the portfolio on the device. */
export async function signInAndSync(page: Page, email = 'manager@demo.test') {
  await signIn(page, email)
  await waitForServiceWorker(page)
  await expect(page.getByTestId('portfolio-row').first()).toBeVisible({ timeout: 30_000 })
}

/** Opens one of the screens listed under the navigation's More. */
export async function openFromMore(page: Page, name: string | RegExp) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'More' }).click()
  await page.getByRole('link', { name }).click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
}

/** Opens the Device & sync screen from the navigation's More. */
export const openDevice = (page: Page) => openFromMore(page, /^Device & sync/)

/** Opens a relationship's briefing from the portfolio's All. */
export async function openRelationship(page: Page, name: string) {
  await page.getByRole('link', { name: 'Portfolio' }).click()
  await page.getByRole('radio', { name: /^All/ }).check()
  await page.getByTestId('portfolio-row').filter({ hasText: name }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
}
