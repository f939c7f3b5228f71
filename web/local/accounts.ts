import type { Fields } from '../../api/contract/tables.ts'
import type { LocalDb } from './local-db.ts'
import { writeRow } from './local-write.ts'
import { newId } from './new-id.ts'
import { deviceOrg } from './write-context.ts'

type Account = Fields<'accounts'>

/** What an admin gives for a new relationship; no cadence means the org's default for the tier. */
export type NewAccount = Pick<Account, 'kind' | 'name' | 'tier'> &
  Partial<Pick<Account, 'short_name' | 'cadence_days'>>

/**
 * Creates a relationship of the device's organisation, active, queued for sync (admins; the
 * server refuses others). Without a cadence it goes as null: the server fills in the org's
 * default for the tier, and until then the device shows that default (`effectiveCadence`).
 * Returns its id.
 */
export async function createAccount(db: LocalDb, fields: NewAccount): Promise<string> {
  const id = newId()
  await db.transaction('rw', db.writeScope(), async () => {
    const orgId = await deviceOrg(db)
    const row: Account = {
      kind: fields.kind,
      name: fields.name,
      short_name: fields.short_name ?? null,
      tier: fields.tier,
      cadence_days: fields.cadence_days ?? null,
      maturity_self: null,
      maturity_partner: null,
      strategic_goals: null,
      status: 'active',
    }
    await writeRow(db, 'accounts', id, { ...row, org_id: orgId }, { create: true })
  })
  return id
}

/**
 * Archives a relationship: it leaves the portfolio and the trust math, its history stays and it
 * shows under the Archived filter. Returns the change's seq.
 */
export async function archiveAccount(db: LocalDb, id: string): Promise<number> {
  return writeRow(db, 'accounts', id, { status: 'archived' })
}

/**
 * Brings an archived relationship back into the portfolio. Returns the change's seq.
 */
export async function restoreAccount(db: LocalDb, id: string): Promise<number> {
  return writeRow(db, 'accounts', id, { status: 'active' })
}

/**
 * Edits an account's fields (tier, cadence, maturity, goals, …) on this device; queued for sync.
 */
export async function updateAccountFields(
  db: LocalDb,
  id: string,
  fields: Partial<Fields<'accounts'>>,
): Promise<number> {
  return writeRow(db, 'accounts', id, fields)
}
