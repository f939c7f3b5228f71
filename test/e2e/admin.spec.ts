import { expect, test, type Page } from '@playwright/test'
import { axeViolations } from './axe.ts'
import { openFromMore, signInAndSync, waitForServiceWorker } from './sign-in.ts'

const relationship = 'Department of Corrections'

async function syncNow(page: Page) {
  await openFromMore(page, /^Device & sync/)
  await page.getByRole('button', { name: 'Sync now' }).click()
  await expect(page.getByTestId('pending-count')).toHaveText('0')
}

test('an admin invites a manager, assigns them a relationship offline and removes them', async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000)
  const stamp = Date.now().toString(36)
  const email = `new-${stamp}@demo.test`
  const name = `Robin Vale ${stamp}`

  // The admin invites a manager; the one-time password is shown once.
  await signInAndSync(page, 'admin@demo.test')
  await openFromMore(page, /^Admin/)
  await page.getByLabel('E-mail').fill(email)
  await page.getByLabel('Name').fill(name)
  await page.getByLabel('Role', { exact: true }).selectOption('manager')
  await page.getByRole('button', { name: 'Invite' }).click()
  const oneTime = (await page.getByTestId('one-time-password').textContent()) ?? ''
  expect(oneTime.length).toBeGreaterThanOrEqual(16)
  expect(await axeViolations(page)).toEqual([])
  await expect(page.getByTestId('admin-member').filter({ hasText: name })).toContainText(
    'has not set a password',
  )

  // The new manager signs in with it, must choose a password, then sees the portfolio.
  const theirs = await browser.newContext()
  const phone = await theirs.newPage()
  await phone.goto('/')
  await phone.getByLabel('Email').fill(email)
  await phone.getByLabel('Password').fill(oneTime)
  await phone.getByRole('button', { name: 'Sign in' }).click()
  await expect(phone.getByRole('heading', { name: 'Choose your password' })).toBeVisible()
  const chosen = `kept-by-robin-${stamp}`
  await phone.getByLabel('New password').fill(chosen)
  await phone.getByLabel('The same again').fill(chosen)
  await phone.getByRole('button', { name: 'Save and continue' }).click()
  await expect(phone.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await waitForServiceWorker(phone)
  await expect(phone.getByTestId('portfolio-row').first()).toBeVisible({ timeout: 30_000 })
  await expect(phone.getByText('Yours')).toHaveCount(0)

  // The admin assigns them a relationship offline; it syncs once online.
  await page.context().setOffline(true)
  await page.getByRole('radio', { name: 'Relationships' }).check()
  await page
    .getByTestId('admin-relationship')
    .filter({ hasText: relationship })
    .locator('summary')
    .click()
  await page.getByLabel('Assign').selectOption({ label: name })
  await page.getByRole('button', { name: 'Assign', exact: true }).click()
  await expect(page.getByText(`${name} holds`)).toBeVisible()
  await page.context().setOffline(false)
  await syncNow(page)

  // Their next sync shows it as theirs.
  await syncNow(phone)
  await phone.getByRole('link', { name: 'Portfolio' }).click()
  await phone.getByRole('radio', { name: /^Mine/ }).check()
  await expect(phone.getByTestId('portfolio-row')).toHaveCount(1)
  await expect(phone.getByTestId('portfolio-row')).toContainText(relationship)

  // The admin removes them: their sessions end and their next sync leaves nothing of the office.
  await openFromMore(page, /^Admin/)
  const row = page.getByTestId('admin-member').filter({ hasText: name })
  await row.getByRole('button', { name: `Remove ${name}` }).click()
  await row.getByRole('button', { name: 'Remove', exact: true }).click()
  await expect(page.getByTestId('admin-member').filter({ hasText: name })).toHaveCount(0)
  await phone.reload()
  await expect(phone.getByText('You are no longer a member of the office')).toBeVisible({
    timeout: 30_000,
  })
  await expect(phone.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  // Nothing of the office is left on the phone: not in its database, not in the start-up copy.
  const left = await phone.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name ?? '')
    const counts: number[] = []
    for (const name of names) {
      const open = indexedDB.open(name)
      const db = await new Promise<IDBDatabase>(
        (resolve) => (open.onsuccess = () => resolve(open.result)),
      )
      if (db.objectStoreNames.contains('accounts')) {
        const request = db.transaction('accounts').objectStore('accounts').count()
        counts.push(
          await new Promise<number>(
            (resolve) => (request.onsuccess = () => resolve(request.result)),
          ),
        )
      }
      db.close()
    }
    const cached = Object.keys(localStorage).filter((key) => key.startsWith('liaison:user:'))
    return { counts, cached }
  })
  expect(left.counts.length).toBeGreaterThan(0)
  expect(left.counts.every((count) => count === 0)).toBe(true)
  expect(left.cached).toEqual([])
  await theirs.close()
})

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' })
  test('the Admin screen passes axe in both its parts, and fits 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    await signInAndSync(page, 'admin@demo.test')
    await openFromMore(page, /^Admin/)
    await expect(page.getByTestId('admin-member').first()).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('radio', { name: 'Relationships' }).check()
    await page.getByTestId('admin-relationship').first().locator('summary').click()
    await page.getByRole('heading', { name: 'Cadence defaults' }).scrollIntoViewIfNeeded()
    expect(await axeViolations(page)).toEqual([])
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(overflow).toBeLessThanOrEqual(320)
  })
})

test('only admins see the Admin screen', async ({ page }) => {
  await signInAndSync(page, 'manager@demo.test')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'More' }).click()
  await expect(page.getByRole('link', { name: /^Admin/ })).toHaveCount(0)
  await page.goto('/admin')
  await expect(page.getByRole('heading', { name: 'Only admins' })).toBeVisible()
})
