// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLocalDb } from '../../local/local-db.ts'
import { deviceScreen, until, type DeviceScreen } from '../../sync/testing/device-screen.tsx'
import { SyncSection } from './sync-section.tsx'

const userId = '0190a000-0000-7000-8000-0000000000u2'
const at = '2026-12-02T09:30:00.000Z'
let screen: DeviceScreen

beforeEach(async () => {
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
  screen = deviceScreen(userId)
})

afterEach(() => screen.unmount())

describe('the Sync section of the Device screen', () => {
  it('says when the device registered anew and how many changes it sent again', async () => {
    screen.render(<SyncSection />)
    const note = () =>
      screen.host.querySelector('[data-testid="reregistration"]')?.textContent ?? ''
    await until(() => note() !== '')
    const when = new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
    expect(note()).toBe(
      "The server didn't recognise this device's sync history (restored from a backup?). " +
        `On ${when}, it registered this device anew and sent your 4 changes again.`,
    )
  })
})
