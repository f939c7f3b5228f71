import { readFile } from 'node:fs/promises'
import { expect, test, type Download, type Locator, type Page } from '@playwright/test'
import { readCalendarEvent } from '../../web/features/reminders/testing/read-calendar-event.ts'
import { signInAndSync } from './sign-in.ts'

async function addToCalendar(page: Page, line: Locator, title: string): Promise<Download> {
  const downloaded = page.waitForEvent('download')
  await line.getByRole('button', { name: `Add to calendar: ${title}` }).click()
  return downloaded
}

async function eventOf(download: Download) {
  return readCalendarEvent(await readFile(await download.path(), 'utf8'))
}

test('offline, a commitment goes to the calendar as an all-day event on its due date, and a new due date updates the same event', async ({
  page,
  context,
}) => {
  await signInAndSync(page)
  await context.setOffline(true)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Commitments' })
    .click()
  await page.getByRole('radio', { name: /^All/ }).check()

  // Dated commitments come first, so the first line has a due date and hence the menu item.
  const line = page.getByRole('list', { name: 'All' }).getByRole('listitem').first()
  const title = (await line.locator('.ledger-title').textContent()) ?? ''
  const relationship = line.locator('.ledger-links a').first()
  const accountName = (await relationship.textContent()) ?? ''
  const accountHref = (await relationship.getAttribute('href')) ?? ''
  const more = line.getByRole('button', { name: `More for: ${title}` })
  await more.click()
  const itemId = (await more.getAttribute('aria-controls'))?.replace('ledger-menu-', '')
  const dueOn = await line.getByLabel('New due date').inputValue()
  expect(dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)

  const download = await addToCalendar(page, line, title)
  expect(download.suggestedFilename()).toMatch(/^due-[a-z0-9-]+\.ics$/)
  const event = await eventOf(download)
  expect(event.method).toBe('PUBLISH')
  expect(event.uid).toBe(`commitment-${itemId}@liaison`)
  expect(event.allDay).toBe(true)
  expect(event.start).toBe(dueOn)
  expect(event.summary.startsWith(`Due: ${title} (`)).toBe(true)
  expect(event.description).toContain(`Relationship: ${accountName}`)
  expect(event.url).toMatch(new RegExp(`${accountHref}$`))
  await expect(page.getByRole('main').getByRole('status')).toContainText('Calendar file ready')

  // Seven days later: the menu closes on save, the line keeps its place among dated items.
  const later = new Date(Date.parse(`${dueOn}T00:00:00Z`) + 7 * 86_400_000)
  const laterOn = later.toISOString().slice(0, 10)
  await line.getByLabel('New due date').fill(laterOn)
  await line.getByRole('button', { name: 'Save date' }).click()
  const moved = page
    .getByRole('list', { name: 'All' })
    .getByRole('listitem')
    .filter({ hasText: title })
  const movedMore = moved.getByRole('button', { name: `More for: ${title}` })
  await movedMore.click()
  await expect(movedMore).toHaveAttribute('aria-controls', `ledger-menu-${itemId}`)
  const again = await eventOf(await addToCalendar(page, moved, title))
  expect(again.uid).toBe(event.uid)
  expect(again.start).toBe(laterOn)
  expect(again.sequence).toBeGreaterThanOrEqual(event.sequence)
})

test('the app badge shows my overdue commitments, and drops when one is done', async ({ page }) => {
  await page.addInitScript(() => {
    const badges: number[] = []
    Object.assign(window, { __badges: badges })
    Object.defineProperty(navigator, 'setAppBadge', {
      value: async (n?: number) => void badges.push(n ?? 0),
      configurable: true,
    })
    Object.defineProperty(navigator, 'clearAppBadge', {
      value: async () => void badges.push(0),
      configurable: true,
    })
  })
  const lastBadge = () =>
    page.evaluate(() => (window as unknown as { __badges: number[] }).__badges.at(-1) ?? null)
  await signInAndSync(page)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Commitments' })
    .click()
  await page.getByRole('radio', { name: /^Mine/ }).check()
  const overdue = page
    .getByRole('list', { name: 'Mine' })
    .getByRole('listitem')
    .filter({ hasText: /Overdue by/ })
  await expect(overdue.first()).toBeVisible()
  const count = await overdue.count()
  expect(count).toBeGreaterThan(0)
  await expect.poll(lastBadge).toBe(count)

  await overdue.first().getByRole('button', { name: /^Done/ }).click()
  await expect.poll(lastBadge).toBe(count - 1)
})
