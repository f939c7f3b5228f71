import { expect, test, type Page } from '@playwright/test'
import { openDevice, openRelationship, signInAndSync } from './sign-in.ts'

const dmv = 'Department of Motor Vehicles'

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). */
const pageCount = (pdf: Buffer) =>
  pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0

async function checkInAsColleague(page: Page, summary: string) {
  await signInAndSync(page, 'manager2@demo.test')
  await openRelationship(page, dmv)
  await page.getByRole('button', { name: 'Check in with DMV' }).click()
  await page.getByLabel('Summary').fill(summary)
  await page.getByRole('button', { name: 'Save check-in' }).click()
  await expect(page.getByTestId('saved-checkin')).toBeVisible()
  await openDevice(page)
  await expect(page.getByTestId('pending-count')).toHaveText('0', { timeout: 30_000 })
}

test('a briefing opens with what changed since my last visit, a colleague’s check-in among it', async ({
  page,
  browser,
}) => {
  const summary = `Colleague ${Date.now().toString(36)}: kiosk pilot agreed`
  const colleague = await browser.newContext({ viewport: { width: 375, height: 812 } })
  await checkInAsColleague(await colleague.newPage(), summary)
  await colleague.close()

  await signInAndSync(page)
  await openRelationship(page, dmv)
  const since = page.getByTestId('since-last-visit')
  await expect(since.getByRole('heading', { name: 'Since your last visit' })).toBeVisible()
  await expect(since).toContainText(/Your last check-in: .+/)
  await expect(since).toContainText(/^.*Trust (unchanged at|up|down) \d+/)
  await expect(since).toContainText(/\d+ check-ins? by colleagues/)
  await expect(since).toContainText(summary)
  // It leads the briefing: above the trust index.
  const [sinceBox, trustBox] = [
    await since.boundingBox(),
    await page.getByRole('heading', { name: 'Trust index' }).boundingBox(),
  ]
  expect(sinceBox?.y ?? Infinity).toBeLessThan(trustBox?.y ?? -Infinity)
})

test('a briefing prints on one page, Letter and A4, without navigation or buttons', async ({
  page,
}) => {
  await signInAndSync(page)
  await openRelationship(page, dmv)
  await expect(page.getByTestId('since-last-visit')).toBeVisible()
  // The sheet is made for paper only: on screen it is not in the page at all.
  await expect(page.getByTestId('print-briefing')).toHaveCount(0)
  await page.emulateMedia({ media: 'print' })
  const sheet = page.getByTestId('print-briefing')
  await expect(sheet).toBeVisible()
  await expect(sheet).toContainText(/Trust index \d+/)
  await expect(sheet).toContainText('Since your last visit')
  await expect(sheet).toContainText('Open commitments')
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await expect(page.getByTestId('checkin-bar')).toBeHidden()
  expect(await page.getByRole('button').filter({ visible: true }).count()).toBe(0)
  await expect(page.getByTestId('since-last-visit')).toBeHidden()
  for (const format of ['Letter', 'A4'] as const) {
    expect(pageCount(await page.pdf({ format })), format).toBe(1)
  }
})

test('share hands the briefing as plain text to the share sheet, or to the clipboard', async ({
  page,
  context,
}) => {
  await page.addInitScript(() => {
    const shared: ShareData[] = []
    Object.assign(window, { __shared: shared })
    Object.defineProperty(navigator, 'share', {
      value: async (data: ShareData) => void shared.push(data),
      configurable: true,
    })
  })
  await signInAndSync(page)
  await openRelationship(page, dmv)
  await page.getByRole('button', { name: 'Share' }).click()
  await expect(page.getByText('Briefing shared')).toBeVisible()
  const [shared] = await page.evaluate(
    () => (window as unknown as { __shared: ShareData[] }).__shared,
  )
  expect(shared?.title).toBe('DMV briefing')
  expect(shared?.text?.split('\n')[0]).toBe(`${dmv} (DMV) — briefing`)
  expect(shared?.text).toMatch(/Trust index \d+, (Strong|Steady|At risk)/)
  expect(shared?.text).toContain('Since your last visit')

  // Without a share sheet (desktop Chromium on Linux has none), the text goes to the clipboard.
  const plain = await context.newPage()
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await plain.goto(page.url())
  await plain.evaluate(() => Reflect.deleteProperty(navigator, 'share'))
  await plain.getByRole('button', { name: 'Share' }).click()
  await expect(plain.getByText(/Briefing copied/)).toBeVisible()
  const copied = await plain.evaluate(() => navigator.clipboard.readText())
  // The two were made moments apart: a colleague's "now" may have become "1 minute ago".
  const sameMinute = (text = '') => text.replace(/, (now|\d+ minutes? ago):/g, ', (recently):')
  expect(sameMinute(copied)).toBe(sameMinute(shared?.text))
})
