// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLocalDb } from '../../local/local-db.ts'
import { deviceScreen, until, type DeviceScreen } from '../../sync/testing/device-screen.tsx'
import { accountFields, orgId, orgRow } from '../../local/testing/device-fixtures.ts'
import { RelationshipForm } from './relationship-form.tsx'

const userId = '0190a000-0000-7000-8000-0000000000a1'
const accountId = '0190a000-0000-7000-8000-0000000000b1'
let screen: DeviceScreen
let created: string[]

function type(id: string, value: string) {
  const input = screen.host.querySelector<HTMLInputElement>(`#${id}`)
  if (!input) throw new Error(`no #${id}`)
  act(() => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
    setter?.call(input, value)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

const submit = () =>
  act(() => screen.host.querySelector<HTMLButtonElement>('button[type="submit"]')?.click())
const errors = () => [...screen.host.querySelectorAll('.field-error')].map((e) => e.textContent)

beforeEach(async () => {
  const db = await openLocalDb()
  await db.meta.put({ key: 'userId', value: userId })
  await db.orgs.put(orgRow({ cadence_core_days: 21 }))
  db.close()
  created = []
  screen = deviceScreen(userId)
  screen.render(
    <RelationshipForm defaultCadence={() => 21} onSaved={(name) => created.push(name)} />,
  )
})

afterEach(async () => {
  screen.unmount()
  const db = await openLocalDb()
  await db.delete()
})

describe('the new relationship form', () => {
  it('says what is wrong and saves nothing until it is right', async () => {
    await until(() => Boolean(screen.host.querySelector('#new-account-name')))
    expect(screen.host.textContent).toContain(
      'Leave empty for the office’s default for the tier: 21 days.',
    )
    submit()
    await until(() => errors().includes('Name is required'))
    type('new-account-name', 'Department of Parks')
    type('new-account-cadence', '0')
    submit()
    await until(() => errors().some((e) => e?.startsWith('Cadence')))
    const db = await openLocalDb()
    expect(await db.accounts.count()).toBe(0)
    db.close()
  })

  it('creates the relationship on the device, queued for sync, with the tier default', async () => {
    await until(() => Boolean(screen.host.querySelector('#new-account-name')))
    type('new-account-name', 'Department of Parks')
    type('new-account-short', 'DPR')
    submit()
    await until(() => created.length === 1)
    const db = await openLocalDb()
    const [account] = await db.accounts.toArray()
    expect(account).toMatchObject({
      name: 'Department of Parks',
      short_name: 'DPR',
      cadence_days: null,
    })
    expect(await db.outbox.count()).toBe(1)
    db.close()
  })

  it('edits a relationship, sending only what changed', async () => {
    screen.unmount()
    const db = await openLocalDb()
    const account = {
      ...accountFields(),
      id: accountId,
      org_id: orgId,
      version: 3,
      created_at: '',
      updated_at: '',
      deleted_at: null,
    }
    await db.accounts.put(account)
    db.close()
    screen = deviceScreen(userId)
    screen.render(
      <RelationshipForm
        editing={account}
        defaultCadence={() => 21}
        onSaved={(name) => created.push(name)}
      />,
    )
    await until(() => Boolean(screen.host.querySelector(`#edit-${accountId}-name`)))
    type(`edit-${accountId}-name`, 'Department of Parks and Recreation')
    submit()
    await until(() => created.length === 1)
    const after = await openLocalDb()
    const [entry] = await after.outbox.toArray()
    expect(entry?.fields).toEqual({ name: 'Department of Parks and Recreation' })
    after.close()
  })
})
