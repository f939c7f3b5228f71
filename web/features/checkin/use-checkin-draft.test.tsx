// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { act, useEffect } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLocalDb } from '../../local/local-db.ts'
import { SyncProvider } from '../../sync/sync-provider.tsx'
import { newCheckinDraftKey, useCheckinDraft, type CheckinDraftState } from './use-checkin-draft.ts'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}

const userId = '0190a000-0000-7000-8000-0000000000u3'
let root: Root
let host: HTMLDivElement
let state: CheckinDraftState | null = null

function Form({ onState }: { onState: (state: CheckinDraftState) => void }) {
  const draftState = useCheckinDraft({ accountId: null, forumId: null })
  useEffect(() => {
    onState(draftState)
  })
  return null
}

const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)))

async function storedDraft() {
  const db = await openLocalDb()
  const draft = await db.drafts.get(newCheckinDraftKey)
  db.close()
  return draft
}

beforeEach(async () => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true
  const db = await openLocalDb()
  await db.meta.put({ key: 'userId', value: userId })
  db.close()
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
})

afterEach(() => {
  act(() => root.unmount())
  host.remove()
})

describe('the check-in draft', () => {
  it('is stored while it has content and forgotten once the form is emptied', async () => {
    act(() =>
      root.render(
        <SyncProvider userId={userId}>
          <Form onState={(next) => (state = next)} />
        </SyncProvider>,
      ),
    )
    for (let i = 0; i < 100 && !state?.draft; i += 1) await wait(10)

    act(() => state?.update((draft) => ({ ...draft, notes: 'Half a thought' })))
    await wait(500)
    expect(await storedDraft()).toMatchObject({ value: { notes: 'Half a thought' } })

    act(() => state?.update((draft) => ({ ...draft, notes: '' })))
    await wait(500)
    // Sign-out warns about every stored draft: an emptied form must not leave one behind.
    expect(await storedDraft()).toBeUndefined()
  })
})
