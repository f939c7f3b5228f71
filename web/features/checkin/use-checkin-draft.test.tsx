// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { act, useEffect } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLocalDb } from '../../local/local-db.ts'
import { deviceScreen, pause, until, type DeviceScreen } from '../../sync/testing/device-screen.tsx'
import { newCheckinDraftKey, useCheckinDraft, type CheckinDraftState } from './use-checkin-draft.ts'

const userId = '0190a000-0000-7000-8000-0000000000u3'
let screen: DeviceScreen
let state: CheckinDraftState | null = null

function Form({ onState }: { onState: (state: CheckinDraftState) => void }) {
  const draftState = useCheckinDraft({ accountId: null, forumId: null })
  useEffect(() => {
    onState(draftState)
  })
  return null
}

async function storedDraft() {
  const db = await openLocalDb()
  const draft = await db.drafts.get(newCheckinDraftKey)
  db.close()
  return draft
}

beforeEach(async () => {
  const db = await openLocalDb()
  await db.meta.put({ key: 'userId', value: userId })
  db.close()
  screen = deviceScreen(userId)
})

afterEach(() => screen.unmount())

describe('the check-in draft', () => {
  it('is stored while it has content and forgotten once the form is emptied', async () => {
    screen.render(<Form onState={(next) => (state = next)} />)
    await until(() => Boolean(state?.draft))

    act(() => state?.update((draft) => ({ ...draft, notes: 'Half a thought' })))
    await pause(500)
    expect(await storedDraft()).toMatchObject({ value: { notes: 'Half a thought' } })

    act(() => state?.update((draft) => ({ ...draft, notes: '' })))
    await pause(500)
    // Sign-out warns about every stored draft: an emptied form must not leave one behind.
    expect(await storedDraft()).toBeUndefined()
  })
})
