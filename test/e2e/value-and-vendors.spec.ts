import { expect, test, type Page } from '@playwright/test'
import { quarterLabel, quarterOf } from '../../api/contract/quarter.ts'
import { pulledAsColleague } from './pulled-as-colleague.ts'
import { openRelationship, signInAndSync } from './sign-in.ts'

const rate = (page: Page, criterion: string, rating: number) =>
  page
    .getByRole('radiogroup', { name: criterion })
    .getByRole('radio', { name: new RegExp(`^${rating}`) })
    .check()

test('value and vendor scorecards, offline, then seen by a colleague', async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(120_000)
  const idea = `Pre-filled returns ${Date.now().toString(36)}`
  const thisQuarter = quarterLabel(quarterOf(new Date()))
  await signInAndSync(page)
  await context.setOffline(true)
  await page.reload()

  // A "start doing" heard in a check-in becomes a value item, without leaving the form.
  await page.getByTestId('checkin-bar').getByRole('button').click()
  await page.getByLabel('Search by name').fill('Revenue')
  await page.getByLabel('Summary').fill('Filing season planning')
  await page.getByText('Start / stop / continue').click()
  await page.getByLabel('Start doing').fill(idea)
  await page.getByRole('button', { name: 'Make it a value idea' }).click()
  await expect(page.getByLabel('Value idea 1')).toHaveValue(idea)
  await page.getByRole('button', { name: 'Save check-in' }).click()
  await expect(page.getByText('Saved — will sync')).toBeVisible()

  // Moved through two stages in a tap each, with its history.
  await page.getByRole('link', { name: 'Value', exact: true }).click()
  await page.getByRole('link', { name: idea }).click()
  await page.getByRole('button', { name: 'Move to Exploring' }).click()
  await expect(page.getByText('Moved to Exploring — will sync')).toBeVisible()
  await page.getByRole('button', { name: 'Move to Approved' }).click()
  await expect(page.getByRole('button', { name: 'Approved', exact: true })).toHaveAttribute(
    'aria-current',
    'step',
  )
  const history = page.getByTestId('value-history').getByRole('listitem')
  await expect(history).toHaveCount(3)
  await expect(history.nth(0)).toContainText('Moved to Approved')
  await expect(history.nth(1)).toContainText('Moved to Exploring')
  await expect(history.nth(2)).toContainText('Recorded at Idea')
  await expect(history.nth(2)).toContainText('Raised in a check-in')

  // Search finds it, offline like the rest.
  await page.getByRole('link', { name: 'Search' }).click()
  await page.getByLabel('Search', { exact: true }).fill(idea)
  await expect(
    page.getByRole('region', { name: /Value items/ }).getByTestId('search-result'),
  ).toContainText(idea)

  // A scorecard: the grade follows the ratings live; a taken slot is offered instead.
  await openRelationship(page, 'Quillfeather Digital')
  await page.getByRole('link', { name: 'Score Quillfeather' }).click()
  await page.getByLabel('Quarter').selectOption({ label: quarterLabel(quarterOf(new Date(), -1)) })
  await page.getByLabel('For').selectOption({ label: 'Department of Motor Vehicles' })
  await expect(page.getByRole('link', { name: 'Edit that one instead' })).toBeVisible()
  await page.getByLabel('For').selectOption({ label: 'Department of Veterans Services' })
  await page.getByLabel('Quarter').selectOption({ label: thisQuarter })
  await expect(page.getByRole('link', { name: 'Edit that one instead' })).toBeHidden()
  const grade = page.getByTestId('live-grade')
  await rate(page, 'Outcomes', 5)
  await expect(grade.getByTestId('grade')).toHaveText('Grade A') // outcomes alone: 5
  for (const criterion of ['Responsiveness', 'Collaboration', 'Innovation', 'Delivery']) {
    await rate(page, criterion, 3)
  }
  // (2 × 5 + 4 × 3) / 6 = 3.67: a C.
  await expect(grade.getByTestId('grade')).toHaveText('Grade C')
  await expect(grade).toContainText('Weighted mean 3.67 from 5 of 5 ratings')
  await page.getByLabel('Comments').fill('Claims portal build on track; testing with veterans.')
  await page.getByRole('button', { name: 'Save scorecard' }).click()
  await expect(page.getByText('Scorecard saved — will sync')).toBeVisible()
  const scorecards = page.getByTestId('scorecards')
  await expect(scorecards).toContainText(`${thisQuarter} · Department of Veterans Services`)
  await expect(scorecards.getByRole('table')).toContainText(thisQuarter)

  // Across agencies: the vendor is listed under each agency it serves.
  await page.getByRole('link', { name: 'Value', exact: true }).click()
  await page.getByRole('link', { name: 'Across agencies' }).click()
  const quill = page.getByTestId('vendor-entry').filter({ hasText: 'Quillfeather Digital' })
  for (const agency of ['Department of Motor Vehicles', 'Department of Revenue']) {
    await expect(quill.getByTestId('linked-account').filter({ hasText: agency })).toBeVisible()
  }
  await page.getByRole('radio', { name: 'By agency' }).check()
  await expect(
    page.getByTestId('agency-entry').filter({ hasText: 'Department of Veterans Services' }),
  ).toContainText('Quillfeather Digital')

  // Online again: a colleague pulls the same rows, with the grade the server worked out.
  await context.setOffline(false)
  await expect
    .poll(
      async () => {
        const server = await pulledAsColleague(request)
        const item = server.of('value_items').find((row) => row.title === idea)
        const updates = server.of('value_updates').filter((row) => row.value_item_id === item?.id)
        const card = server
          .of('scorecards')
          .find((row) => row.comments === 'Claims portal build on track; testing with veterans.')
        return {
          stage: item?.stage,
          history: updates.map((row) => row.stage).sort(),
          grade: card?.grade,
        }
      },
      { timeout: 30_000, intervals: [1000] },
    )
    .toEqual({ stage: 'approved', history: ['approved', 'exploring', 'idea'], grade: 'C' })
})
