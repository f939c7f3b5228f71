// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLocalDb, type LocalRow } from '../../local/local-db.ts'
import { accountFields, orgId, serverColumns } from '../../local/testing/device-fixtures.ts'
import { deviceScreen, pause, until, type DeviceScreen } from '../../sync/testing/device-screen.tsx'
import { SignedInProvider } from '../../app/shell/signed-in.tsx'
import { CheckinScreen } from './checkin-screen.tsx'

const userId = '0190a000-0000-7000-8000-0000000000u5'
const accountId = '0190a000-0000-7000-8000-0000000000a5'

let screen: DeviceScreen

async function stored() {
  const db = await openLocalDb()
  const checkins = await db.checkins.toArray()
  const queued = await db.outbox.where('table').equals('checkins').count()
  db.close()
  return { checkins, queued }
}

/** Sets a form control's value as typing or choosing does, so React sees the change. */
function enter(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  const prototype = Object.getPrototypeOf(element) as object
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, value)
  element.dispatchEvent(
    new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
  )
}

function find<T extends Element>(selector: string): T {
  const found = screen.host.querySelector<T>(selector)
  if (!found) throw new Error(`nothing matches ${selector}`)
  return found
}
const saveButton = () =>
  [...screen.host.querySelectorAll('button')].find((b) => b.textContent === 'Save check-in')

beforeEach(async () => {
  const db = await openLocalDb()
  await db.meta.put({ key: 'userId', value: userId })
  await db.accounts.put({
    ...serverColumns,
    id: accountId,
    ...accountFields({ name: 'Department of Parks' }),
  } as LocalRow<'accounts'>)
  await db.accounts.put({
    ...serverColumns,
    id: '0190a000-0000-7000-8000-0000000000b5',
    ...accountFields({ name: 'State Police' }),
  } as LocalRow<'accounts'>)
  db.close()
  screen = deviceScreen(userId)
  const me = { userId, email: null, displayName: null, org: { id: orgId, name: 'Org' } }
  screen.render(
    <SignedInProvider value={{ userId, email: null, me: { ...me, role: 'manager' } }}>
      <CheckinScreen />
    </SignedInProvider>,
  )
})
afterEach(() => screen.unmount())

describe('the check-in form', () => {
  it('says what is missing and saves nothing, then saves the check-in with its change queued', async () => {
    await until(() => Boolean(saveButton()), 3000)
    await act(async () => saveButton()?.click())
    await until(() => screen.host.textContent?.includes('Pick a relationship') ?? false)
    expect(await stored()).toEqual({ checkins: [], queued: 0 })

    await act(async () => enter(find<HTMLSelectElement>('#checkin-relationship'), accountId))
    await act(async () => enter(find<HTMLInputElement>('#checkin-summary'), '  Roadmap review  '))
    await pause(50)
    expect(screen.host.textContent).not.toContain('Pick a relationship')
    await act(async () => saveButton()?.click())
    await until(() => !saveButton(), 3000)

    const { checkins, queued } = await stored()
    expect(checkins).toHaveLength(1)
    expect(checkins[0]).toMatchObject({ account_id: accountId, summary: 'Roadmap review' })
    expect(queued).toBe(1)
  })
})
