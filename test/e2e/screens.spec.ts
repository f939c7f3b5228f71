import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { signIn } from './sign-in.ts'

const shotsDir = 'test/screenshots'

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme })

    test('sign-in and the signed-in shell pass axe and are captured', async ({ page }) => {
      await page.goto('/')
      await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible()
      await expectNoAxeViolations(page)
      await page.screenshot({ path: `${shotsDir}/sign-in-${colorScheme}.png` })

      await signIn(page, 'manager@demo.test')
      for (const screen of ['Portfolio', 'Commitments', 'Search', 'Device']) {
        await page.getByRole('link', { name: screen }).click()
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await expectNoAxeViolations(page)
        await page.screenshot({ path: `${shotsDir}/${screen.toLowerCase()}-${colorScheme}.png` })
      }
    })
  })
}
