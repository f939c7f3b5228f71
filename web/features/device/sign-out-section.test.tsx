// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLocalDb } from '../../local/local-db.ts'
import { saveDraft } from '../../local/drafts.ts'
import { deviceScreen, pause, until, type DeviceScreen } from '../../sync/testing/device-screen.tsx'
import { SignOutSection } from './sign-out-section.tsx'

const userId = '0190a000-0000-7000-8000-0000000000u1'
let screen: DeviceScreen

const signOutButton = () =>
  [...screen.host.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Sign out'))

beforeEach(async () => {
  const db = await openLocalDb()
  await db.meta.put({ key: 'userId', value: userId })
  await saveDraft(db, 'checkin:new', { notes: 'Half a sentence about the CIO’s' })
  db.close()
  screen = deviceScreen(userId)
})

afterEach(() => screen.unmount())

describe('sign-out with an unsaved draft', () => {
  it('asks first, naming the draft, and keeps the draft until confirmed', async () => {
    screen.render(<SignOutSection />)
    await until(() => Boolean(signOutButton()))
    // The draft count is read from the database; give it a moment, as a person would.
    await pause(50)
    act(() => signOutButton()?.click())

    await until(() => screen.host.textContent?.includes('unsaved draft') ?? false)
    expect(screen.host.querySelector('[role="alert"]')?.textContent).toContain(
      'You have an unsaved draft, such as a check-in you started and didn’t save.',
    )
    expect(signOutButton()?.textContent).toBe('Sign out and lose an unsaved draft')
    const db = await openLocalDb()
    expect(await db.drafts.count()).toBe(1)
    db.close()
  })
})
