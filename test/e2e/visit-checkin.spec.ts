import { expect, test, type Locator, type Page } from '@playwright/test'
import { pulledAsColleague } from './pulled-as-colleague.ts'
import { openDevice, openRelationship, signInAndSync } from './sign-in.ts'

/**
 * A stand-in for the on-screen keyboard: the visual viewport shrinks by `window.__keyboard(px)`
 * and fires `resize`, as a phone's does when the keyboard comes up.
 */
function fakeKeyboard() {
  const view = new EventTarget()
  let covered = 0
  Object.defineProperties(view, {
    height: { get: () => window.innerHeight - covered },
    width: { get: () => window.innerWidth },
    offsetTop: { get: () => 0 },
    offsetLeft: { get: () => 0 },
    scale: { get: () => 1 },
  })
  Object.defineProperty(window, 'visualViewport', { get: () => view, configurable: true })
  Object.assign(window, {
    __keyboard: (px: number) => {
      covered = px
      view.dispatchEvent(new Event('resize'))
    },
  })
}

/** Times, in the page's own clock, from a tap on what matches `start` to `end` appearing. */
function stopwatch(laps: { start: string; end: string; name: string }[]) {
  const times: Record<string, number> = {}
  Object.assign(window, { __laps: times })
  const started = new Map<string, number>()
  document.addEventListener(
    'pointerdown',
    (event) => {
      for (const lap of laps) {
        if ((event.target as Element).closest(lap.start)) started.set(lap.name, performance.now())
      }
    },
    true,
  )
  new MutationObserver(() => {
    for (const lap of laps) {
      const since = started.get(lap.name)
      if (since !== undefined && document.querySelector(lap.end)) {
        times[lap.name] = performance.now() - since
        started.delete(lap.name)
      }
    }
  }).observe(document, { childList: true, subtree: true })
}

const inViewport = async (page: Page, locator: Locator) => {
  const box = await locator.boundingBox()
  const height = page.viewportSize()?.height ?? 0
  return box !== null && box.y >= 0 && box.y + box.height <= height
}

test('from a briefing, a check-in is captured offline in three taps, Save above the keyboard', async ({
  page,
  context,
}) => {
  await page.addInitScript(fakeKeyboard)
  await page.addInitScript(stopwatch, [
    { start: '[data-testid="checkin-bar"] button', end: '#checkin-notes', name: 'open' },
    {
      start: '[data-testid="checkin-actions"] button[type="submit"]',
      end: '[data-testid="saved-checkin"]',
      name: 'save',
    },
  ])
  await signInAndSync(page)
  await openRelationship(page, 'Department of Motor Vehicles')
  await context.setOffline(true)
  let taps = 0
  const tap = async (locator: Locator) => {
    taps += 1
    await locator.click()
  }

  await tap(page.getByRole('button', { name: 'Check in with DMV' }))
  await expect(page.getByText('With Department of Motor Vehicles (DMV)')).toBeVisible()
  await expect(page.getByLabel('Search by name')).toHaveCount(0)
  for (const control of [
    page.getByRole('radio', { name: 'Visit' }),
    page.getByRole('radio', { name: '4 Warm' }),
    page.getByLabel('Notes'),
  ]) {
    expect(await inViewport(page, control)).toBe(true)
  }
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0)

  const notes = page.getByLabel('Notes')
  await notes.fill('Kiosk rollout slipped; they want weekly status until it is back on track.')
  await page.evaluate(() =>
    (window as unknown as { __keyboard: (px: number) => void }).__keyboard(336),
  )
  const save = page.getByRole('button', { name: 'Save check-in' })
  const saveBox = await save.boundingBox()
  expect(saveBox && saveBox.y + saveBox.height).toBeLessThanOrEqual(812 - 336)
  await page.evaluate(() =>
    (window as unknown as { __keyboard: (px: number) => void }).__keyboard(0),
  )

  await tap(page.getByRole('radio', { name: '4 Warm' }))
  await tap(save)
  const saved = page.getByTestId('saved-checkin')
  await expect(saved).toContainText('Check-in saved')
  expect(taps).toBeLessThanOrEqual(4)
  const laps = await page.evaluate(
    () => (window as unknown as { __laps: Record<string, number> }).__laps,
  )
  console.log(
    `check-in from a briefing: ${taps} taps; "Check in" → form ${laps.open?.toFixed(0)} ms; Save → "Check-in saved" ${laps.save?.toFixed(0)} ms`,
  )

  await saved.getByRole('button', { name: 'Add commitment' }).click()
  await saved.getByLabel('Commitment').fill('Send weekly kiosk status')
  await saved.getByRole('button', { name: 'Save commitment' }).click()
  await expect(
    page.getByText('Commitment added — will sync: Send weekly kiosk status'),
  ).toBeVisible()
  await saved.getByRole('button', { name: 'Done' }).click()
  await expect(saved).toHaveCount(0)
  await expect(page.getByTestId('timeline')).toContainText('Kiosk rollout slipped')
  await expect(page.getByText('Send weekly kiosk status', { exact: true })).toBeVisible()
  await context.setOffline(false)
  await openDevice(page)
  await expect(page.getByTestId('pending-count')).toHaveText('0', { timeout: 30_000 })
})

test('from the portfolio, the picker starts with my relationships most due a visit', async ({
  page,
}) => {
  await signInAndSync(page)
  await page.getByTestId('checkin-bar').getByRole('button').click()
  const picker = page.getByLabel('Relationship')
  await expect(picker).toBeVisible()
  const groups = await picker
    .locator('optgroup')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('label')))
  expect(groups[0]).toBe('Yours, most due a visit first')
  await picker.selectOption({ index: 1 })
  await expect(page.getByText(/^With /)).toBeVisible()
  await page.getByRole('button', { name: 'Change' }).click()
  await expect(page.getByLabel('Search by name')).toBeVisible()
})

test('the check-in bar covers no text on the portfolio, a briefing, commitments and device', async ({
  page,
}) => {
  await signInAndSync(page)
  const screens: [string, () => Promise<void>][] = [
    ['portfolio', async () => {}],
    ['briefing', () => openRelationship(page, 'Department of Motor Vehicles')],
    ['commitments', () => page.getByRole('link', { name: 'Commitments' }).click()],
    ['device', () => openDevice(page)],
  ]
  for (const [name, open] of screens) {
    await open()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const bar = page.getByTestId('checkin-bar')
    const nav = page.getByRole('navigation', { name: 'Main' })
    for (const at of ['top', 'middle', 'end'] as const) {
      await page.evaluate((at) => {
        const end = document.documentElement.scrollHeight - window.innerHeight
        window.scrollTo(0, at === 'top' ? 0 : at === 'middle' ? end / 2 : end)
      }, at)
      const [barBox, navBox] = [await bar.boundingBox(), await nav.boundingBox()]
      // Docked: the full width, touching the navigation, so no content shows beside or under it.
      expect(barBox?.width, name).toBe(375)
      const gap = (barBox?.y ?? 0) + (barBox?.height ?? 0) - (navBox?.y ?? -99)
      expect(Math.abs(gap), name).toBeLessThanOrEqual(1)
    }
    // Scrolled to the end, the last row clears the bar: no text of the screen lies under it.
    const barTop = (await bar.boundingBox())?.y ?? 0
    const under = await page.evaluate((barTop) => {
      const hits: string[] = []
      const main = document.querySelector('main')
      const walker = document.createTreeWalker(main ?? document.body, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim()
        if (!text) continue
        const range = document.createRange()
        range.selectNodeContents(node)
        for (const rect of range.getClientRects()) {
          if (rect.height > 0 && rect.bottom > barTop) hits.push(text.slice(0, 40))
        }
      }
      return hits
    }, barTop)
    expect(under, name).toEqual([])
  }
})

test('a colleague and a new face are marked as there, offline, and reach the server', async ({
  page,
  context,
  request,
}) => {
  const newFace = `Dana Whitfield ${Date.now().toString(36)}`
  await signInAndSync(page)
  await openRelationship(page, 'Department of Motor Vehicles')
  await context.setOffline(true)
  await page.getByRole('button', { name: 'Check in with DMV' }).click()
  await page.getByLabel('Summary').fill('Kiosk pilot walkthrough')
  const attendees = page.getByRole('group', { name: 'Attendees' })
  await attendees.getByRole('checkbox', { name: 'Casey Lindqvist' }).check()
  await attendees.getByRole('button', { name: 'Add a new contact' }).click()
  await attendees.getByLabel('Name').fill(newFace)
  await attendees.getByLabel('Title (optional)').fill('Kiosk program lead')
  await attendees.getByRole('button', { name: 'Add contact' }).click()
  await expect(attendees.getByRole('checkbox', { name: new RegExp(newFace) })).toBeChecked()
  await page.getByRole('button', { name: 'Save check-in' }).click()
  await expect(page.getByTestId('saved-checkin')).toBeVisible()

  await page.getByTestId('timeline').getByRole('link', { name: 'Kiosk pilot walkthrough' }).click()
  await expect(page.getByText('Casey Lindqvist')).toBeVisible()
  await expect(page.getByText(newFace)).toBeVisible()

  await context.setOffline(false)
  await expect
    .poll(
      async () => {
        const server = await pulledAsColleague(request)
        const contact = server.of('contacts').find((row) => row.name === newFace)
        const checkin = server
          .of('checkins')
          .find((row) => row.summary === 'Kiosk pilot walkthrough')
        const colleagues = (checkin?.attendee_user_ids as string[] | undefined) ?? []
        const contacts = (checkin?.attendee_contact_ids as string[] | undefined) ?? []
        return {
          contact: contact?.title,
          colleagues: colleagues.length,
          contactThere: Boolean(contact && contacts.includes(contact.id as string)),
        }
      },
      { timeout: 30_000, intervals: [1000] },
    )
    .toEqual({ contact: 'Kiosk program lead', colleagues: 1, contactThere: true })
})
