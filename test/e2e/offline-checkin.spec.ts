import { expect, test } from '@playwright/test'
import { pulledAsColleague } from './pulled-as-colleague.ts'
import { openDevice, signInAndSync } from './sign-in.ts'

const unique = () => `basement-${Date.now().toString(36)}`

test('a check-in captured offline survives closing the app and reaches the server', async ({
  page,
  context,
  request,
}) => {
  const summary = unique()
  await signInAndSync(page)
  await context.setOffline(true)

  await page.getByTestId('checkin-bar').getByRole('button').click()
  await page.getByLabel('Search by name').fill('Revenue')
  await page.getByLabel('Summary').fill(summary)
  await page.getByLabel('Notes').fill('Budget freeze; they want the cloud roadmap before January.')
  await page.getByRole('radio', { name: '4 Warm' }).check()
  const commitments = [
    { title: 'Send the cloud roadmap', side: 'us' },
    { title: 'Share the intake backlog', side: 'them' },
  ]
  for (const { title, side } of commitments) {
    await page.getByRole('button', { name: 'Add commitment' }).click()
    await page.getByLabel('Commitment').last().fill(title)
    await page.getByLabel('Whose').last().selectOption(side)
    await page.getByLabel('Due').last().fill('2026-12-15')
  }
  await page.getByLabel('Invited to strategic planning').check()
  await page.getByRole('button', { name: 'Save check-in' }).click()
  await expect(page.getByText('Saved — will sync')).toBeVisible()
  const relationshipUrl = page.url()

  await page.close()
  const reopened = await context.newPage()
  await reopened.goto(relationshipUrl)
  await expect(reopened.getByTestId('timeline')).toContainText(summary)
  await expect(reopened.getByText('Send the cloud roadmap')).toBeVisible()

  await context.setOffline(false)
  await expect
    .poll(
      async () => {
        const server = await pulledAsColleague(request)
        const checkin = server.of('checkins').find((row) => row.summary === summary)
        const items = server
          .of('action_items')
          .filter((row) => checkin && row.checkin_id === checkin.id)
        return { found: Boolean(checkin), pulse: checkin?.trust_pulse, items: items.length }
      },
      { timeout: 30_000, intervals: [1000] },
    )
    .toEqual({ found: true, pulse: 4, items: 2 })
  await openDevice(reopened)
  await expect(reopened.getByTestId('pending-count')).toHaveText('0', { timeout: 30_000 })
})

test('a draft comes back after the page is killed mid-typing', async ({ page, context }) => {
  const words = unique()
  await signInAndSync(page)
  await context.setOffline(true)
  await page.getByTestId('checkin-bar').getByRole('button').click()
  await page.getByLabel('Notes').pressSequentially(`Half a thought about ${words}`, { delay: 20 })

  await page.close({ runBeforeUnload: false })
  const reopened = await context.newPage()
  await reopened.goto('/')
  await reopened.getByTestId('checkin-bar').getByRole('button').click()
  await expect(reopened.getByLabel('Notes')).toHaveValue(`Half a thought about ${words}`)
})
