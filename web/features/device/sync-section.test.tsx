// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLocalDb } from '../../local/local-db.ts'
import { SyncProvider } from '../../sync/sync-provider.tsx'
import { SyncSection } from './sync-section.tsx'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}

const userId = '0190a000-0000-7000-8000-0000000000u2'
const at = '2026-12-02T09:30:00.000Z'
let root: Root
let host: HTMLDivElement

beforeEach(async () => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true
  const db = await openLocalDb()
  await db.meta.bulkPut([
    { key: 'userId', value: userId },
    {
      key: 'reregistration',
      value: {
        at,
        previousClientId: '0190a000-0000-7000-8000-0000000000d1',
        clientId: '0190a000-0000-7000-8000-0000000000d2',
        resent: 4,
        cause: 'seq_gap',
        accepted: true,
        failedAgain: null,
      },
    },
  ])
  db.close()
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
})

afterEach(() => {
  act(() => root.unmount())
  host.remove()
})

describe('the Sync section of the Device screen', () => {
  it('says when the device registered anew and how many changes it sent again', async () => {
    act(() =>
      root.render(
        <SyncProvider userId={userId}>
          <SyncSection />
        </SyncProvider>,
      ),
    )
    const note = () => host.querySelector('[data-testid="reregistration"]')?.textContent ?? ''
    for (let i = 0; i < 100 && !note(); i += 1) {
      await act(() => new Promise((resolve) => setTimeout(resolve, 10)))
    }
    const when = new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
    expect(note()).toBe(
      "The server didn't recognise this device's sync history (restored from a backup?). " +
        `On ${when}, it registered this device anew and sent your 4 changes again.`,
    )
  })
})
