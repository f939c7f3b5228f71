import { expect, test } from '@playwright/test'
import { pulledAsColleague } from './pulled-as-colleague.ts'
import { openFromMore, signInAndSync } from './sign-in.ts'

const forum = 'Agency CIO Working Group'

test('a forum meeting with a decision and a commitment, a risk raised in a check-in, and the lead’s Team view, offline, then seen by a colleague', async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(120_000)
  const stamp = Date.now().toString(36)
  const meeting = `Working Group, December ${stamp}`
  const decision = `One shared intake form for cross-agency requests ${stamp}`
  const commitment = `Circulate the intake form draft ${stamp}`
  const risk = `Vendor lock-in on the intake platform ${stamp}`
  await signInAndSync(page, 'lead@demo.test')
  await context.setOffline(true)
  await page.reload()

  // The forum's meeting: the forum preset, attendance from its seats, a decision and a
  // commitment saved with it.
  await openFromMore(page, /^Forums/)
  await page.getByRole('link', { name: forum }).click()
  await page.getByRole('link', { name: 'Record a meeting' }).click()
  await expect(page.getByRole('radio', { name: 'Forum' })).toBeChecked()
  await expect(page.getByRole('combobox', { name: 'Forum' })).toHaveValue(/.+/)
  await page.getByLabel('Summary').fill(meeting)
  await page.getByRole('group', { name: 'Attendees' }).getByRole('checkbox').first().check()
  await page.getByRole('button', { name: 'Add decision' }).click()
  await page.getByLabel('Decision', { exact: true }).fill(decision)
  await page.getByRole('button', { name: 'Add commitment' }).click()
  await page.getByLabel('Commitment', { exact: true }).fill(commitment)
  await page.getByLabel('Whose').selectOption('us')
  await page.getByRole('button', { name: 'Save check-in' }).click()
  await expect(page.getByText('Saved — will sync')).toBeVisible()

  // The forum lists them; the meeting's detail names its forum and its decision.
  await openFromMore(page, /^Forums/)
  await page.getByRole('link', { name: forum }).click()
  await expect(page.getByRole('region', { name: /^Decisions/ })).toContainText(decision)
  await expect(page.getByRole('region', { name: /^Open commitments/ })).toContainText(commitment)
  await page.getByRole('link', { name: meeting }).click()
  await expect(page.getByRole('link', { name: forum })).toBeVisible()
  await expect(page.getByRole('region', { name: /^Decisions/ })).toContainText(decision)

  // The decision log and Search find it.
  await openFromMore(page, /^Decision log/)
  await page.getByLabel('Words').fill(stamp)
  await expect(page.getByRole('link', { name: decision })).toBeVisible()
  await page.getByRole('link', { name: 'Search' }).click()
  await page.getByLabel('Search', { exact: true }).fill(decision)
  await expect(
    page.getByRole('region', { name: /^Decisions/ }).getByTestId('search-result'),
  ).toContainText(forum)

  // A risk raised inline in a check-in goes to the register with its severity.
  await page.getByTestId('checkin-bar').getByRole('button').click()
  await page.getByLabel('Search by name').fill('Revenue')
  await page.getByLabel('Summary').fill(`Intake platform call ${stamp}`)
  await page.getByRole('button', { name: 'Raise a risk' }).click()
  await page.getByLabel('Risk', { exact: true }).fill(risk)
  await page.getByRole('combobox', { name: 'Kind' }).selectOption('contract')
  await page.getByLabel('Likelihood').selectOption('4')
  await page.getByLabel('Impact').selectOption('5')
  await page.getByRole('button', { name: 'Save check-in' }).click()
  await expect(page.getByText('Saved — will sync')).toBeVisible()
  await expect(
    page.getByTestId('risks').getByTestId('risk').filter({ hasText: risk }),
  ).toContainText('20 High')
  await openFromMore(page, /^Risks/)
  await expect(page.getByTestId('risk').filter({ hasText: risk })).toContainText('Contract')

  // The lead's Team view: a figure opens onto its rows, and a row onto its page.
  await openFromMore(page, /^Team/)
  const highRisks = page.getByRole('region', { name: 'Risks and forums' })
  // The Working Group was the one forum behind its cadence; the meeting above caught it up.
  await expect(highRisks).toContainText('0 forums behind their cadence')
  await highRisks.locator('summary', { hasText: 'high risks' }).click()
  await highRisks.getByRole('link', { name: new RegExp(risk) }).click()
  await expect(page.getByRole('heading', { level: 1, name: risk })).toBeVisible()
  await openFromMore(page, /^Team/)
  const org = page.getByRole('region', { name: /^The org/ })
  const atRisk = org.locator('details', { has: page.locator('summary', { hasText: 'at risk' }) })
  await atRisk.locator('summary').click()
  const first = atRisk.getByRole('link').first()
  const name = ((await first.textContent()) ?? '').split(' · ')[0] ?? ''
  await first.click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()

  // Online again: a colleague pulls the meeting with its forum, decision and commitment, and
  // the risk.
  await context.setOffline(false)
  await expect
    .poll(
      async () => {
        const server = await pulledAsColleague(request)
        const held = server.of('checkins').find((row) => row.summary === meeting)
        const taken = server.of('decisions').find((row) => row.title === decision)
        const promised = server.of('action_items').find((row) => row.title === commitment)
        const raised = server.of('risks').find((row) => row.title === risk)
        const named = server.of('forums').find((row) => row.name === forum)
        return {
          forum: Boolean(held && named) && held?.forum_id === named?.id && held?.kind,
          decision:
            Boolean(taken && held) &&
            taken?.checkin_id === held?.id &&
            taken?.forum_id === named?.id,
          commitment: Boolean(promised && held) && promised?.checkin_id === held?.id,
          risk: raised && [raised.kind, raised.likelihood, raised.impact],
        }
      },
      { timeout: 30_000, intervals: [1000] },
    )
    .toEqual({ forum: 'forum', decision: true, commitment: true, risk: ['contract', 4, 5] })
})
