import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { signInAndSync } from './sign-in.ts'

interface PortfolioEntry {
  id: string
  name: string
  trust: { score: number; reasons: string[] }
  overdueCount: number
}

/** What the server's copy of the same trust function says, for the same person. */
async function serverPortfolio(request: APIRequestContext) {
  const signedIn = await request.post('/auth/v1/token?grant_type=password', {
    data: { email: 'manager@demo.test', password: 'liaison-demo' },
  })
  const { access_token } = (await signedIn.json()) as { access_token: string }
  const res = await request.get('/api/portfolio', {
    headers: { authorization: `Bearer ${access_token}` },
  })
  return ((await res.json()) as { accounts: PortfolioEntry[] }).accounts
}

async function showAll(page: Page) {
  await page.getByRole('link', { name: 'Portfolio' }).click()
  await page.getByRole('radio', { name: /^All/ }).check()
}

const rowOf = (page: Page, name: string) =>
  page.getByTestId('portfolio-row').filter({ hasText: name })

test.beforeEach(async ({ page, context }) => {
  await signInAndSync(page)
  await context.setOffline(true)
  await page.reload()
})

test('the portfolio orders relationships as the trust function says, offline', async ({
  page,
  request,
}) => {
  const expected = await serverPortfolio(request)
  await showAll(page)
  const rows = page.getByTestId('portfolio-row')
  await expect(rows).toHaveCount(expected.length)
  const shown = await rows.evaluateAll((links) =>
    links.map((link) => ({
      name: link.querySelector('.portfolio-row-name')?.textContent ?? '',
      score: Number((link as HTMLElement).dataset.score),
    })),
  )
  expect(shown).toEqual(expected.map((a) => ({ name: a.name, score: a.trust.score })))
})

test('a briefing shows the score, its components and reasons', async ({ page, request }) => {
  const corrections = (await serverPortfolio(request)).find((a) => /Corrections/.test(a.name))
  if (!corrections) throw new Error('the demo has no Department of Corrections')
  await showAll(page)
  await rowOf(page, corrections.name).click()
  await expect(page.getByTestId('trust-score')).toHaveText(String(corrections.trust.score))
  const reasons = page.getByTestId('trust-reasons')
  for (const reason of corrections.trust.reasons) await expect(reasons).toContainText(reason)
  const panel = page.getByRole('region', { name: 'Trust index' })
  for (const component of [/pulse/i, /follow-through/i, /cadence/i, /breadth/i, /strategic/i]) {
    await expect(panel.getByText(component).first()).toBeVisible()
  }
})

test('completing an overdue commitment raises the score on the portfolio at once', async ({
  page,
  request,
}) => {
  const atRisk = (await serverPortfolio(request)).find((a) => a.overdueCount > 0)
  if (!atRisk) throw new Error('the demo has no overdue commitment')
  await showAll(page)
  const before = Number(await rowOf(page, atRisk.name).getAttribute('data-score'))
  await rowOf(page, atRisk.name).click()
  const overdue = page.getByRole('listitem').filter({ hasText: /overdue/i })
  await overdue.getByRole('button', { name: /^Done/ }).first().click()
  await showAll(page)
  await expect
    .poll(async () => Number(await rowOf(page, atRisk.name).getAttribute('data-score')))
    .toBeGreaterThan(before)
})

test('search finds a word typed into a check-in a moment earlier', async ({ page }) => {
  const word = `zephyr${Date.now().toString(36)}`
  await page.getByTestId('checkin-bar').getByRole('button').click()
  await page.getByLabel('Search by name').fill('Revenue')
  await page.getByLabel('Summary').fill('Roadmap review')
  await page.getByLabel('Notes').fill(`They asked about the ${word} pilot.`)
  await page.getByRole('button', { name: 'Save check-in' }).click()
  await expect(page.getByText('Saved — will sync')).toBeVisible()

  await page.getByRole('link', { name: 'Search' }).click()
  await page.getByLabel('Search', { exact: true }).fill(word)
  await expect(page.getByTestId('search-result').first()).toContainText(word)
})
