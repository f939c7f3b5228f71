// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLocalDb } from '../../local/local-db.ts'
import { saveDraft } from '../../local/drafts.ts'
import { SyncProvider } from '../../sync/sync-provider.tsx'
import { SignOutSection } from './sign-out-section.tsx'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}

const userId = '0190a000-0000-7000-8000-0000000000u1'
let root: Root
let host: HTMLDivElement

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i += 1) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)))
  }
  expect(check()).toBe(true)
}

const signOutButton = () =>
  [...host.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Sign out'))

beforeEach(async () => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true
  const db = await openLocalDb()
  await db.meta.put({ key: 'userId', value: userId })
  await saveDraft(db, 'checkin:new', { notes: 'Half a sentence about the CIO’s' })
  db.close()
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
})

afterEach(() => {
  act(() => root.unmount())
  host.remove()
})

describe('sign-out with an unsaved draft', () => {
  it('asks first, naming the draft, and keeps the draft until confirmed', async () => {
    act(() =>
      root.render(
        <SyncProvider userId={userId}>
          <SignOutSection />
        </SyncProvider>,
      ),
    )
    await until(() => Boolean(signOutButton()))
    // The draft count is read from the database; give it a moment, as a person would.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    act(() => signOutButton()?.click())

    await until(() => host.textContent?.includes('unsaved draft') ?? false)
    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      'You have an unsaved draft, such as a check-in you started and didn’t save.',
    )
    expect(signOutButton()?.textContent).toBe('Sign out and lose an unsaved draft')
    const db = await openLocalDb()
    expect(await db.drafts.count()).toBe(1)
    db.close()
  })
})
