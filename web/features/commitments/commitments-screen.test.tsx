// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLocalDb, type LocalRow } from '../../local/local-db.ts'
import {
  accountFields,
  actionItemFields,
  orgId,
  serverColumns,
} from '../../local/testing/device-fixtures.ts'
import { deviceScreen, until, type DeviceScreen } from '../../sync/testing/device-screen.tsx'
import { SignedInProvider } from '../../app/shell/signed-in.tsx'
import { CommitmentsScreen } from './commitments-screen.tsx'

const userId = '0190a000-0000-7000-8000-0000000000u4'
const accountId = '0190a000-0000-7000-8000-0000000000a4'
const itemId = '0190a000-0000-7000-8000-0000000000c4'
const title = 'Send the cloud roadmap'
const otherAccountId = '0190a000-0000-7000-8000-0000000000b4'
const theirTitle = 'Share the radio upgrade plan'

let screen: DeviceScreen

async function storedItem() {
  const db = await openLocalDb()
  const item = await db.action_items.get(itemId)
  const queued = await db.outbox.where('[table+id]').equals(['action_items', itemId]).count()
  db.close()
  return { status: item?.status, queued }
}

beforeEach(async () => {
  const db = await openLocalDb()
  await db.meta.put({ key: 'userId', value: userId })
  await db.accounts.put({
    ...serverColumns,
    id: accountId,
    ...accountFields(),
  } as LocalRow<'accounts'>)
  await db.assignments.put({
    ...serverColumns,
    id: '0190a000-0000-7000-8000-0000000000s4',
    account_id: accountId,
    user_id: userId,
    role: 'primary',
  } as LocalRow<'assignments'>)
  const fields = actionItemFields(accountId, { title, due_on: '2026-01-05' })
  await db.action_items.put({ ...serverColumns, id: itemId, ...fields } as LocalRow<'action_items'>)
  // A colleague's relationship, and a commitment on it: under All, not under Mine.
  await db.accounts.put({
    ...serverColumns,
    id: otherAccountId,
    ...accountFields({ name: 'State Police' }),
  } as LocalRow<'accounts'>)
  const theirs = actionItemFields(otherAccountId, { title: theirTitle, due_on: '2026-01-06' })
  await db.action_items.put({
    ...serverColumns,
    id: '0190a000-0000-7000-8000-0000000000d4',
    ...theirs,
  } as LocalRow<'action_items'>)
  db.close()
  screen = deviceScreen(userId)
  const me = { userId, email: null, displayName: null, org: { id: orgId, name: 'Org' } }
  screen.render(
    <SignedInProvider value={{ userId, email: null, me: { ...me, role: 'manager' } }}>
      <CommitmentsScreen />
    </SignedInProvider>,
  )
})
afterEach(() => screen.unmount())

const doneButton = () =>
  [...screen.host.querySelectorAll('button')].find((b) => b.textContent === `Done: ${title}`)
const undoButton = () => screen.host.querySelector<HTMLButtonElement>('#ledger-undo')

describe('a commitment on the Commitments screen', () => {
  it('is done in one tap, saved with its change queued, and undone from the bar', async () => {
    await until(() => Boolean(doneButton()), 3000)
    await act(async () => doneButton()?.click())
    // The undo bar comes at once; the line goes when the device database answers the list.
    await until(() => Boolean(undoButton()) && !doneButton())
    expect(screen.host.textContent).toContain(`Marked done: ${title}`)
    expect(await storedItem()).toMatchObject({ status: 'done', queued: 1 })

    await act(async () => undoButton()?.click())
    await until(() => Boolean(doneButton()))
    expect(undoButton()).toBeNull()
    // The live region speaks the outcome a moment after the change, as screen readers need.
    await until(() => screen.host.textContent?.includes(`Reopened: ${title}`) ?? false)
    expect((await storedItem()).status).toBe('open')
  })

  it('lists my commitments first, and everyone’s under All', async () => {
    await until(() => Boolean(doneButton()), 3000)
    const titles = () =>
      [...screen.host.querySelectorAll('.ledger-title')].map((line) => line.textContent)
    expect(titles()).toEqual([title])
    const all = screen.host.querySelector<HTMLInputElement>('input[value="all"]')
    await act(async () => all?.click())
    await until(() => titles().length === 2)
    expect(titles()).toEqual([title, theirTitle])
  })
})
