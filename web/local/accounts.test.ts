import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dropDb, openTestDb, orgId, orgRow } from './testing/device-fixtures.ts'
import { archiveAccount, createAccount, restoreAccount } from './accounts.ts'
import type { LocalDb } from './local-db.ts'
import { LocalWriteError } from './local-write.ts'

let db: LocalDb

beforeEach(async () => {
  db = await openTestDb('admin')
  await db.orgs.put(orgRow())
})
afterEach(() => dropDb(db))

const outbox = async () =>
  (await db.outbox.toArray()).map(({ table, op, id, fields, baseVersion }) => ({
    table,
    op,
    id,
    fields,
    baseVersion,
  }))

describe('createAccount', () => {
  it('creates an active relationship of the device’s org and queues it with no cadence of its own', async () => {
    const id = await createAccount(db, {
      kind: 'agency',
      name: 'Department of Parks',
      tier: 'core',
    })
    expect(await db.accounts.get(id)).toMatchObject({
      org_id: orgId,
      name: 'Department of Parks',
      short_name: null,
      tier: 'core',
      cadence_days: null,
      status: 'active',
      version: null,
    })
    const [entry] = await outbox()
    // The server's trigger fills the org's default for the tier in: the device sends none.
    expect(entry).toMatchObject({ table: 'accounts', op: 'upsert', id, baseVersion: null })
    expect(entry?.fields).toMatchObject({ org_id: orgId, cadence_days: null, status: 'active' })
  })

  it('keeps a cadence given for it', async () => {
    const id = await createAccount(db, {
      kind: 'vendor',
      name: 'Acme Cloud',
      short_name: 'Acme',
      tier: 'strategic',
      cadence_days: 7,
    })
    expect(await db.accounts.get(id)).toMatchObject({ short_name: 'Acme', cadence_days: 7 })
  })

  it('stores nothing for an empty name or an out-of-range cadence', async () => {
    await expect(createAccount(db, { kind: 'agency', name: ' ', tier: 'core' })).rejects.toThrow(
      LocalWriteError,
    )
    await expect(
      createAccount(db, { kind: 'agency', name: 'Parks', tier: 'core', cadence_days: 3651 }),
    ).rejects.toThrow(/must be a whole number of days from 1 to 3650\n {2}→ at cadence_days/)
    expect(await db.accounts.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })

  it('refuses before any org has synced to the device', async () => {
    await db.orgs.clear()
    await expect(
      createAccount(db, { kind: 'agency', name: 'Parks', tier: 'core' }),
    ).rejects.toThrow('no organisation has synced to this device yet')
    expect(await db.outbox.count()).toBe(0)
  })
})

describe('archiveAccount and restoreAccount', () => {
  it('set the status only, each as one queued change', async () => {
    const id = await createAccount(db, { kind: 'agency', name: 'Parks', tier: 'core' })
    await archiveAccount(db, id)
    expect(await db.accounts.get(id)).toMatchObject({ status: 'archived', name: 'Parks' })
    await restoreAccount(db, id)
    expect(await db.accounts.get(id)).toMatchObject({ status: 'active' })
    const [, archived, restored] = await outbox()
    expect(archived?.fields).toEqual({ status: 'archived' })
    expect(restored?.fields).toEqual({ status: 'active' })
  })

  it('refuses a relationship that is not on the device', async () => {
    await expect(archiveAccount(db, '0190a000-0000-7000-8000-0000000000ff')).rejects.toThrow(
      'is not on this device',
    )
  })
})
