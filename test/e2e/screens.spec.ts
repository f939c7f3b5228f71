import { expect, test, type Page } from '@playwright/test'
import { axeViolations } from './axe.ts'
import { openDevice, openFromMore, signInAndSync } from './sign-in.ts'

const shotsDir = 'test/screenshots'

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([])
}

/** Checks the screen with axe and keeps a picture of it (test/screenshots, not committed). */
async function capture(page: Page, name: string, colorScheme: string) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.screenshot({ path: `${shotsDir}/${name}-${colorScheme}.png` })
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme })

    test('every screen passes axe and is captured', async ({ page }) => {
      test.setTimeout(180_000)
      await page.goto('/')
      await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible()
      await expectNoAxeViolations(page)
      await page.screenshot({ path: `${shotsDir}/sign-in-${colorScheme}.png` })

      await signInAndSync(page)
      await capture(page, 'portfolio', colorScheme)

      await page.getByTestId('portfolio-row').first().click()
      await expect(page.getByTestId('trust-score')).toBeVisible()
      await capture(page, 'briefing', colorScheme)
      const briefing = page.url()

      await page.getByRole('link', { name: /all contacts/i }).click()
      await capture(page, 'contacts', colorScheme)

      await page.goto(briefing)
      await page.getByTestId('timeline').getByRole('link').first().click()
      await capture(page, 'checkin-detail', colorScheme)

      await page.getByTestId('checkin-bar').getByRole('button').click()
      await capture(page, 'checkin', colorScheme)
      await page.getByRole('link', { name: 'Close' }).click()

      for (const screen of ['Commitments', 'Search']) {
        await page.getByRole('link', { name: screen }).click()
        if (screen === 'Search') await page.getByLabel('Search', { exact: true }).fill('budget')
        await capture(page, screen.toLowerCase(), colorScheme)
      }
      await openDevice(page)
      await capture(page, 'device', colorScheme)

      await page.getByRole('link', { name: 'Value', exact: true }).click()
      await expect(page.getByTestId('value-item').first()).toBeVisible()
      await capture(page, 'value', colorScheme)
      await page.getByTestId('value-item').first().getByRole('link').first().click()
      await expect(page.getByTestId('value-history')).toBeVisible()
      await capture(page, 'value-item', colorScheme)
      await page.getByRole('link', { name: 'Value', exact: true }).click()
      await page.getByRole('link', { name: 'Add value item' }).click()
      await expect(page.getByLabel('Title')).toBeVisible()
      await capture(page, 'value-new', colorScheme)
      await page.getByRole('link', { name: 'Value', exact: true }).click()
      await page.getByRole('link', { name: 'Across agencies' }).click()
      await expect(page.getByTestId('vendor-entry').first()).toBeVisible()
      await capture(page, 'across-agencies', colorScheme)

      await page.getByTestId('vendor-entry').first().getByRole('link').first().click()
      await expect(page.getByTestId('scorecards')).toBeVisible()
      await capture(page, 'vendor-briefing', colorScheme)
      await page.getByRole('link', { name: /^Score / }).click()
      await expect(page.getByRole('radiogroup', { name: 'Outcomes' })).toBeVisible()
      await capture(page, 'scorecard', colorScheme)
    })

    test('the governance, risk and team screens pass axe and are captured', async ({ page }) => {
      test.setTimeout(180_000)
      await signInAndSync(page, 'lead@demo.test')
      await openFromMore(page, /^Forums/)
      await capture(page, 'more-forums', colorScheme)
      await page.getByRole('link', { name: 'New forum' }).click()
      await capture(page, 'forum-new', colorScheme)
      await openFromMore(page, /^Forums/)
      await page.getByTestId('forum').first().getByRole('link').first().click()
      await expect(page.getByRole('link', { name: 'Record a meeting' })).toBeVisible()
      await capture(page, 'forum', colorScheme)
      await page.getByRole('link', { name: 'Record a meeting' }).click()
      await page.getByRole('button', { name: 'Add decision' }).click()
      await page.getByRole('button', { name: 'Raise a risk' }).click()
      await capture(page, 'forum-meeting', colorScheme)
      await page.getByRole('button', { name: 'Discard' }).click()
      await page.getByRole('link', { name: 'Close' }).click()

      await openFromMore(page, /^Decision log/)
      await capture(page, 'decisions', colorScheme)
      await page.getByTestId('decisions').getByRole('link').first().click()
      await capture(page, 'decision', colorScheme)

      await openFromMore(page, /^Risks/)
      await page
        .getByRole('button', { name: /^[1-9]\d* risks?,/ })
        .first()
        .click()
      await capture(page, 'risks', colorScheme)
      await page.getByTestId('risk').first().getByRole('link').first().click()
      await capture(page, 'risk', colorScheme)
      await openFromMore(page, /^Risks/)
      await page.getByRole('link', { name: 'Raise a risk' }).click()
      await capture(page, 'risk-new', colorScheme)

      await openFromMore(page, /^Team/)
      await page.getByTestId('manager').first().locator('summary').first().click()
      await capture(page, 'team', colorScheme)
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'More' })
        .click()
      await capture(page, 'more', colorScheme)
    })
  })
}
