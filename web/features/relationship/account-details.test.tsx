// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { MemberRole } from '../../../api/contract/roles.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { SyncProvider } from '../../sync/sync-provider.tsx'
import { accountFields, orgId } from '../../sync/testing/test-device.ts'
import { SignedInProvider } from '../shell/signed-in.tsx'
import { AccountDetails } from './account-details.tsx'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}

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

let root: Root
let host: HTMLDivElement

beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
})
afterEach(() => {
  act(() => root.unmount())
  host.remove()
})

async function openDetails(role: MemberRole) {
  const me = { userId, email: null, displayName: null, org: { id: orgId, name: 'Org' }, role }
  await act(async () => {
    root.render(
      <SyncProvider userId={userId}>
        <SignedInProvider value={{ userId, email: null, me }}>
          <AccountDetails account={account} onSaved={() => undefined} />
        </SignedInProvider>
      </SyncProvider>,
    )
  })
  // The device database opens, then the sync engine loads: both update the provider, in act.
  for (let waited = 0; waited < 3000 && !host.querySelector('#details-title'); waited += 20) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
  }
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
  const edit = host.querySelector<HTMLButtonElement>('#edit-details')
  if (edit) await act(async () => edit.click())
  return { edit }
}

// PRODUCT.md, Roles: the tier and cadence are an admin's; goals are every writer's.
describe("a relationship's details, by role", () => {
  it('offers an admin the tier, the cadence and the goals', async () => {
    await openDetails('admin')
    expect(host.querySelector('#account-tier')).not.toBeNull()
    expect(host.querySelector('#account-cadence')).not.toBeNull()
    expect(host.querySelector('#account-goals')).not.toBeNull()
  })

  it.each(['lead', 'manager'] as const)(
    'offers a %s the goals only, and says who changes the tier',
    async (role) => {
      await openDetails(role)
      expect(host.querySelector('#account-goals')).not.toBeNull()
      expect(host.querySelector('#account-tier')).toBeNull()
      expect(host.querySelector('#account-cadence')).toBeNull()
      expect(host.textContent).toContain(
        "Only an admin can change a relationship's tier or cadence.",
      )
    },
  )

  it('offers a viewer no editing at all', async () => {
    const { edit } = await openDetails('viewer')
    expect(edit).toBeNull()
    expect(host.querySelector('form')).toBeNull()
  })
})
