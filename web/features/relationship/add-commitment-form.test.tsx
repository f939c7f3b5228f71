// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { act } from 'react'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { claimDevice } from '../../local/device-user.ts'
import { openLocalDb } from '../../local/local-db.ts'
import { newId } from '../../local/new-id.ts'
import { deviceScreen, pause, until, type DeviceScreen } from '../../sync/testing/device-screen.tsx'
import { accountFields, checkinFields, orgId } from '../../local/testing/device-fixtures.ts'
import { AddCommitmentForm } from './add-commitment-form.tsx'

const userId = '0190a000-0000-7000-8000-0000000000c1'
const accountId = '0190a000-0000-7000-8000-0000000000c2'
const stamp = {
  org_id: orgId,
  version: 1,
  created_at: '2026-11-01T00:00:00.000Z',
  updated_at: '2026-11-01T00:00:00.000Z',
  deleted_at: null,
}

let screen: DeviceScreen
beforeEach(() => {
  screen = deviceScreen(userId)
})
afterEach(() => screen.unmount())

/** A check-in of mine on the device, and the form adding a commitment made at it. */
async function openForm(visibility: 'org' | 'private') {
  const checkinId = newId()
  const db = await openLocalDb()
  await claimDevice(db, userId)
  await db.accounts.put({ ...stamp, id: accountId, ...accountFields() })
  await db.checkins.put({
    ...stamp,
    id: checkinId,
    author_id: userId,
    ...checkinFields(accountId, '2026-11-20T10:00:00.000Z', { visibility }),
  })
  db.close()
  screen.render(
    <AddCommitmentForm accountId={accountId} checkinId={checkinId} onDone={() => undefined} />,
  )
  await until(() => Boolean(screen.host.querySelector('form')), 3000)
  await pause(50)
  return checkinId
}

const whose = () =>
  [...screen.host.querySelectorAll<HTMLOptionElement>('#new-commitment-side option')].map(
    (option) => option.textContent,
  )

it('at a private check-in, offers only me or the other side, and says only I will see it', async () => {
  const checkinId = await openForm('private')
  expect(screen.host.querySelector('[role="note"]')?.textContent).toBe(
    'Made at a private check-in: only you will see it',
  )
  expect(whose()).toEqual(['Me', 'Them', 'Vendor'])

  const title = screen.host.querySelector<HTMLInputElement>('#new-commitment-title')
  await act(async () => {
    if (!title) return
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(
      title,
      'Ask HR quietly',
    )
    title.dispatchEvent(new Event('input', { bubbles: true }))
  })
  await act(async () =>
    screen.host.querySelector<HTMLButtonElement>('button[type="submit"]')?.click(),
  )
  const db = await openLocalDb()
  let saved: { assignee_user_id: string | null }[] = []
  for (let waited = 0; waited < 3000 && saved.length === 0; waited += 20) {
    saved = await db.action_items.where('checkin_id').equals(checkinId).toArray()
    await pause(20)
  }
  db.close()
  expect(saved.map((item) => item.assignee_user_id)).toEqual([userId])
})

it('at a shared check-in, says nothing of privacy and offers us', async () => {
  await openForm('org')
  expect(screen.host.querySelector('[role="note"]')).toBeNull()
  expect(whose()).toEqual(['Us', 'Them', 'Vendor'])
})
