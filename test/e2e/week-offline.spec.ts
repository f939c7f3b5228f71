import { expect, test } from '@playwright/test'
import { pulledAsColleague } from './pulled-as-colleague.ts'
import { signIn, waitForServiceWorker } from './sign-in.ts'

// The small demo org: its first download is quick, and its check-ins are easy to count.
const person = 'manager@neighbour.test'
const password = 'liaison-demo'

test('a week offline with an ended session: changes kept, "Sign in to sync", then synced once', async ({
  page,
  context,
  request,
}) => {
  const summary = `week-away-${Date.now().toString(36)}`
  const chip = page.getByTestId('sync-chip')
  await page.clock.install()
  await signIn(page, person, password)
  await waitForServiceWorker(page)
  await expect(page.getByTestId('portfolio-row').first()).toBeVisible({ timeout: 30_000 })
  await expect(chip).toHaveText(/^Synced/, { timeout: 30_000 })

  await context.setOffline(true)
  await page.getByTestId('checkin-bar').getByRole('button').click()
  await page.getByLabel('Search by name').fill('Lottery')
  await page.getByLabel('Summary').fill(summary)
  await page.getByRole('button', { name: 'Save check-in' }).click()
  await expect(page.getByText('Saved — will sync')).toBeVisible()
  await expect(chip).toHaveText('Offline · 1 pending')

  // While the device is away its session ends on the server (time-boxed, or signed out
  // elsewhere), and a week goes by on the device: its access token has long expired.
  const token = await page.evaluate(
    () =>
      (JSON.parse(localStorage.getItem('liaison-auth') ?? '{}') as { access_token: string })
        .access_token,
  )
  const ended = await request.post('/auth/v1/logout?scope=local', {
    headers: { authorization: `Bearer ${token}`, apikey: 'liaison-local' },
  })
  expect(ended.status()).toBe(204)
  await page.clock.fastForward(7 * 24 * 3600_000)
  await expect(chip).toHaveText('Offline · 1 pending')

  await context.setOffline(false)
  await expect(page.getByRole('heading', { name: 'Sign in to sync' })).toBeVisible({
    timeout: 30_000,
  })
  await expect(page.getByTestId('sign-in-lead')).toHaveText(
    'Your session has ended. The change you made on this device is kept here and will sync once you sign in.',
  )

  await page.getByLabel('Email').fill(person)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(chip).toHaveText(/^Synced/, { timeout: 30_000 })
  const server = await pulledAsColleague(request, person)
  const rows = server.of('checkins').filter((row) => row.summary === summary)
  expect(rows).toHaveLength(1)
  expect(rows[0]?.version).toBe(1)
})
