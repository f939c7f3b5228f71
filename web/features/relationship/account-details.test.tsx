// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { MemberRole } from '../../../api/contract/roles.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { deviceScreen, pause, until, type DeviceScreen } from '../../sync/testing/device-screen.tsx'
import { accountFields, orgId } from '../../local/testing/device-fixtures.ts'
import { SignedInProvider } from '../../app/shell/signed-in.tsx'
import { AccountDetails } from './account-details.tsx'

const userId = '0190a000-0000-7000-8000-0000000000u1'
const account = {
  id: '0190a000-0000-7000-8000-0000000000a1',
  org_id: orgId,
  version: 1,
  created_at: '2026-11-01T00:00:00.000Z',
  updated_at: '2026-11-01T00:00:00.000Z',
  deleted_at: null,
  ...accountFields({ strategic_goals: 'Cloud first' }),
} as LocalRow<'accounts'>

let screen: DeviceScreen
beforeEach(() => {
  screen = deviceScreen(userId)
})
afterEach(() => screen.unmount())

async function openDetails(role: MemberRole) {
  const me = { userId, email: null, displayName: null, org: { id: orgId, name: 'Org' }, role }
  screen.render(
    <SignedInProvider value={{ userId, email: null, me }}>
      <AccountDetails account={account} cadenceDays={30} onSaved={() => undefined} />
    </SignedInProvider>,
  )
  // The device database opens, then the sync engine loads: both update the provider.
  await until(() => Boolean(screen.host.querySelector('#details-title')), 3000)
  await pause(50)
  const edit = screen.host.querySelector<HTMLButtonElement>('#edit-details')
  if (edit) await act(async () => edit.click())
  return { edit }
}

// PRODUCT.md, Roles: the tier and cadence are an admin's; goals are every writer's.
describe("a relationship's details, by role", () => {
  it('offers an admin the tier, the cadence and the goals', async () => {
    await openDetails('admin')
    expect(screen.host.querySelector('#account-tier')).not.toBeNull()
    expect(screen.host.querySelector('#account-cadence')).not.toBeNull()
    expect(screen.host.querySelector('#account-goals')).not.toBeNull()
  })

  it.each(['lead', 'manager'] as const)(
    'offers a %s the goals only, and says who changes the tier',
    async (role) => {
      await openDetails(role)
      expect(screen.host.querySelector('#account-goals')).not.toBeNull()
      expect(screen.host.querySelector('#account-tier')).toBeNull()
      expect(screen.host.querySelector('#account-cadence')).toBeNull()
      expect(screen.host.textContent).toContain(
        "Only an admin can change a relationship's tier or cadence.",
      )
    },
  )

  it('offers a viewer no editing at all', async () => {
    const { edit } = await openDetails('viewer')
    expect(edit).toBeNull()
    expect(screen.host.querySelector('form')).toBeNull()
  })
})
