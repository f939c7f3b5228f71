import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { initialTierCadence } from '../../api/contract/cadence.ts'
import { dropDb, openTestDb, orgId, orgRow } from './testing/device-fixtures.ts'
import type { LocalDb } from './local-db.ts'
import { LocalWriteError } from './local-write.ts'
import { setCadenceDefaults } from './org-settings.ts'
import { readTierCadence } from './tier-cadence.ts'

let db: LocalDb

beforeEach(async () => {
  db = await openTestDb('admin')
})
afterEach(() => dropDb(db))

describe('the org’s cadence defaults on the device', () => {
  it('are the initial ones until the org has synced', async () => {
    expect(await readTierCadence(db)).toEqual(initialTierCadence)
  })

  it('are set on the org row and queued as one change, and read back at once', async () => {
    await db.orgs.put(orgRow())
    await setCadenceDefaults(db, orgId, { strategic: 10, core: 21, transactional: 60 })
    expect(await readTierCadence(db)).toEqual({ strategic: 10, core: 21, transactional: 60 })
    const [entry] = await db.outbox.toArray()
    expect(entry).toMatchObject({
      table: 'orgs',
      id: orgId,
      fields: { cadence_strategic_days: 10, cadence_core_days: 21, cadence_transactional_days: 60 },
    })
  })

  it('change only the tiers given', async () => {
    await db.orgs.put(orgRow())
    await setCadenceDefaults(db, orgId, { core: 45 })
    expect(await readTierCadence(db)).toEqual({ ...initialTierCadence, core: 45 })
    expect((await db.outbox.toArray())[0]?.fields).toEqual({ cadence_core_days: 45 })
  })

  it('refuse a day count out of range or none at all, storing nothing', async () => {
    await db.orgs.put(orgRow())
    await expect(setCadenceDefaults(db, orgId, { core: 0 })).rejects.toThrow(
      /must be a whole number of days from 1 to 3650\n {2}→ at cadence_core_days/,
    )
    await expect(setCadenceDefaults(db, orgId, { core: 1.5 })).rejects.toThrow(LocalWriteError)
    await expect(setCadenceDefaults(db, orgId, {})).rejects.toThrow(LocalWriteError)
    expect(await db.outbox.count()).toBe(0)
    expect(await readTierCadence(db)).toEqual(initialTierCadence)
  })
})
