import 'fake-indexeddb/auto'
import { act, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { expect } from 'vitest'
import { SyncProvider } from '../sync-provider.tsx'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}

export interface DeviceScreen {
  host: HTMLElement
  /** Renders `ui` inside the device's SyncProvider, as the app does for the signed-in person. */
  render(ui: ReactNode): void
  unmount(): void
}

/**
 * A DOM host whose React root renders inside SyncProvider for `userId`, over the fake IndexedDB.
 * Make one in `beforeEach` and unmount it in `afterEach`.
 *
 * @example
 * screen = deviceScreen(userId)
 * screen.render(<SyncSection />)
 * await until(() => screen.host.textContent?.includes('Synced') ?? false)
 */
export function deviceScreen(userId: string): DeviceScreen {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true
  const host = document.createElement('div')
  document.body.append(host)
  const root = createRoot(host)
  return {
    host,
    render: (ui) => act(() => root.render(<SyncProvider userId={userId}>{ui}</SyncProvider>)),
    unmount: () => {
      act(() => root.unmount())
      host.remove()
    },
  }
}

/** Lets React, the device database and timers run for `ms`. */
export const pause = (ms: number) =>
  act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)))

/**
 * Lets the screen work until `check` holds, for up to `withinMs`, then asserts that it does.
 */
export async function until(check: () => boolean, withinMs = 1000): Promise<void> {
  for (let waited = 0; waited < withinMs && !check(); waited += 10) await pause(10)
  expect(check()).toBe(true)
}
