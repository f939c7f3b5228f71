// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLocalDb, type LocalRow } from '../../local/local-db.ts'
import { accountFields, serverColumns } from '../../local/testing/device-fixtures.ts'
import { deviceScreen, until, type DeviceScreen } from '../../sync/testing/device-screen.tsx'
import { RejectionsSection } from './rejections-section.tsx'

const userId = '0190a000-0000-7000-8000-0000000000u6'
const accountId = '0190a000-0000-7000-8000-0000000000a6'
const notes = 'They want the data-sharing agreement signed before March.'

let screen: DeviceScreen

async function rejectionsLeft() {
  const db = await openLocalDb()
  const count = await db.rejections.count()
  db.close()
  return count
}

beforeEach(async () => {
  const db = await openLocalDb()
  await db.meta.put({ key: 'userId', value: userId })
  await db.accounts.put({
    ...serverColumns,
    id: accountId,
    ...accountFields({ name: 'Department of Parks' }),
  } as LocalRow<'accounts'>)
  await db.rejections.put({
    seq: 7,
    table: 'checkins',
    op: 'upsert',
    id: '0190a000-0000-7000-8000-0000000000k6',
    code: 'forbidden',
    message: 'You may not write to this relationship',
    fields: { account_id: accountId, kind: 'visit', summary: 'Quarterly review', notes },
    at: new Date().toISOString(),
  })
  db.close()
  screen = deviceScreen(userId)
  screen.render(<RejectionsSection />)
})
afterEach(() => screen.unmount())

describe('the refused changes on the Device screen', () => {
  it('say what was refused, where and why, keep the typed text, and go when dismissed', async () => {
    await until(() => screen.host.textContent?.includes('Department of Parks') ?? false, 3000)
    const text = screen.host.textContent ?? ''
    expect(text).toContain('Server: You may not write to this relationship')
    expect(text).toContain(notes)
    expect(text).toContain('Quarterly review')

    const dismiss = screen.host.querySelector<HTMLButtonElement>('button[aria-label^="Dismiss:"]')
    await act(async () => dismiss?.click())
    await until(() => !screen.host.textContent?.includes(notes))
    expect(await rejectionsLeft()).toBe(0)
  })
})
