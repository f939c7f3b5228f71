import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { parse } from 'csv-parse/sync'
import { openFromMore, signInAndSync } from './sign-in.ts'
import { axeViolations } from './axe.ts'

type CsvRecord = { [column: string]: string }
type DeviceRow = { [column: string]: unknown }

const summary = '=HYPERLINK("http://evil.test","x")'
// A textarea keeps line breaks as LF whatever is typed; the CSV's own line ends are CRLF.
const notes = 'They said "no budget, not yet",\nthen, after a pause:\n\n"maybe in Q3", or Q4.'
const commitment = '@SUM(A1:A9)'
// A private check-in the demo gives manager@demo.test (api/demo/visits.ts, dhhs).
const privateSummary = "Candid read on the CIO's position after the reorganisation"

const localDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`

/** Downloads one dataset's CSV from the export screen: its file name and its text. */
async function downloadCsv(page: Page, name: RegExp) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ])
  const text = await readFile(await download.path(), 'utf8')
  return { fileName: download.suggestedFilename(), text }
}

const records = (text: string) => parse(text, { bom: true, columns: true }) as CsvRecord[]

/** The device's live rows of a table and the signed-in user, read from IndexedDB directly. */
function deviceRows(page: Page, table: string) {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('liaison')
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    const all = (store: string) =>
      new Promise<DeviceRow[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll()
        request.onsuccess = () => resolve(request.result as DeviceRow[])
        request.onerror = () => reject(request.error)
      })
    const [rows, meta] = await Promise.all([all(name), all('meta')])
    db.close()
    return { rows, userId: meta.find((entry) => entry.key === 'userId')?.value as string }
  }, table)
}

test('exports check-ins and commitments offline as safe CSV, the same rows as the device', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(150_000)
  const today = localDay(new Date())
  const from = localDay(new Date(Date.now() - 89 * 86_400_000))
  await signInAndSync(page)
  await context.setOffline(true)

  await page.getByTestId('checkin-bar').getByRole('button').click()
  await page.getByLabel('Search by name').fill('Revenue')
  await page.getByLabel('Summary').fill(summary)
  await page.getByLabel('Notes').fill(notes)
  await page.getByRole('radio', { name: '4 Warm' }).check()
  await page.getByRole('button', { name: 'Add commitment' }).click()
  await page.getByLabel('Commitment').last().fill(commitment)
  await page.getByLabel('Whose').last().selectOption('us')
  await page.getByLabel('Due').last().fill(today)
  await page.getByRole('button', { name: 'Save check-in' }).click()
  await expect(page.getByText('Saved — will sync')).toBeVisible()

  await openFromMore(page, /^Export/)
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(from)
  await expect(page.getByLabel('To', { exact: true })).toHaveValue(today)

  const checkins = await downloadCsv(page, /^Download check-ins/)
  expect(checkins.fileName).toBe(`liaison-checkins-${today}.csv`)
  expect(checkins.text.charCodeAt(0)).toBe(0xfeff)
  expect(checkins.text).toContain('\r\n')
  const checkinRecords = records(checkins.text)
  const typed = checkinRecords.find((row) => row.Notes === notes)
  expect(typed).toMatchObject({
    Summary: `'${summary}`,
    Notes: notes,
    Relationship: 'Department of Revenue',
    Kind: 'Visit',
    'Trust pulse': '4',
    Private: 'No',
  })

  // The same rows as the device holds for the range: live, and private ones only the author's.
  const device = await deviceRows(page, 'checkins')
  const expected = device.rows.filter((row) => {
    const day = localDay(new Date(String(row.occurred_at)))
    return (
      !row.deleted_at &&
      (row.visibility !== 'private' || row.author_id === device.userId) &&
      day >= from &&
      day <= today
    )
  })
  expect(checkinRecords.map((row) => row.ID).sort()).toEqual(
    expected.map((row) => String(row.id)).sort(),
  )
  const typedRow = device.rows.find((row) => row.id === typed?.ID)
  expect(typedRow).toMatchObject({ summary, notes, trust_pulse: 4 })
  // The author's own private check-in is there, marked so.
  expect(checkinRecords.find((row) => row.Summary === privateSummary)?.Private).toBe('Yes')
  await expect(page.getByRole('button', { name: /^Download check-ins/ })).toContainText(
    `(${expected.length} rows)`,
  )

  const commitments = await downloadCsv(page, /^Download commitments/)
  expect(commitments.fileName).toBe(`liaison-commitments-${today}.csv`)
  expect(commitments.text.charCodeAt(0)).toBe(0xfeff)
  const ours = records(commitments.text).find((row) => row.Commitment === `'${commitment}`)
  expect(ours).toMatchObject({
    'Check-in date': today,
    'Due on': today,
    'Owed by': 'Us',
    Status: 'Open',
    Relationship: 'Department of Revenue',
  })
  const items = await deviceRows(page, 'action_items')
  expect(items.rows.find((row) => row.id === ours?.ID)).toMatchObject({ title: commitment })

  // Mine only and one relationship narrow the counts.
  await page.getByRole('radio', { name: 'Mine only' }).check()
  await page.getByLabel('Relationship').selectOption({ label: 'Department of Revenue' })
  const narrowed = records((await downloadCsv(page, /^Download check-ins/)).text)
  expect(narrowed.length).toBeGreaterThan(0)
  expect(narrowed.every((row) => row.Relationship === 'Department of Revenue')).toBe(true)
  expect(narrowed.length).toBeLessThan(checkinRecords.length)

  // A colleague's export never holds the private check-in.
  const colleague = await browser.newContext()
  const other = await colleague.newPage()
  await signInAndSync(other, 'manager2@demo.test')
  await openFromMore(other, /^Export/)
  const theirs = records((await downloadCsv(other, /^Download check-ins/)).text)
  expect(theirs.length).toBeGreaterThan(0)
  expect(theirs.some((row) => row.Summary === privateSummary)).toBe(false)
  await colleague.close()
})

test('the export screen passes axe in light and dark and fits 320 px', async ({ page }) => {
  await signInAndSync(page)
  await openFromMore(page, /^Export/)
  await expect(page.getByRole('button', { name: /^Download check-ins/ })).toBeVisible()
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({
      path: test.info().outputPath(`export-${colorScheme}.png`),
      fullPage: true,
    })
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
  await page.setViewportSize({ width: 320, height: 700 })
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  await page.screenshot({ path: test.info().outputPath('export-320.png'), fullPage: true })
})
