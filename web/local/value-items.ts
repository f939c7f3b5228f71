import type { Fields } from '../../api/contract/tables.ts'
import type { LocalDb, LocalRow } from './local-db.ts'
import { LocalWriteError, writeRow } from './local-write.ts'
import { newId } from './new-id.ts'
import { accountOrg, deviceUser } from './write-context.ts'

type ValueItem = Fields<'value_items'>

export type ValueItemInput = Pick<ValueItem, 'account_id' | 'title'> &
  Partial<Omit<ValueItem, 'account_id' | 'title'>> & {
    id?: string
    /** Why, in a line, kept in the item's history beside its first stage. */
    note?: string | null
  }

/** What an edit may change; the relationship an item belongs to stays. */
export type ValueItemChange = Partial<Omit<ValueItem, 'account_id'>>

/** What one line of history records: the stage moved to, the value recorded (null: as it was). */
type HistoryChange = Pick<Fields<'value_updates'>, 'stage' | 'realised_value' | 'note'>

async function appendUpdate(
  db: LocalDb,
  item: Pick<LocalRow<'value_items'>, 'id' | 'org_id'>,
  change: HistoryChange,
  now: Date,
) {
  const fields = {
    org_id: item.org_id,
    author_id: await deviceUser(db),
    value_item_id: item.id,
    ...change,
  }
  await writeRow(db, 'value_updates', newId(now.getTime()), fields, { create: true, now })
}

/**
 * Records a new value item and the first line of its history (its stage, by the signed-in
 * person) in one transaction, offline or not. Returns the item's id.
 */
export async function createValueItem(db: LocalDb, input: ValueItemInput): Promise<string> {
  const { id = newId(), note = null, ...fields } = input
  const now = new Date()
  await db.transaction('rw', db.writeScope(), async () => {
    const orgId = await accountOrg(db, fields.account_id)
    const item: ValueItem = {
      account_id: fields.account_id,
      vendor_account_id: fields.vendor_account_id ?? null,
      title: fields.title,
      outcome: fields.outcome ?? null,
      metric: fields.metric ?? null,
      baseline: fields.baseline ?? null,
      target: fields.target ?? null,
      realised: fields.realised ?? null,
      stage: fields.stage ?? 'idea',
      baseline_value: fields.baseline_value ?? null,
      target_value: fields.target_value ?? null,
      realised_value: fields.realised_value ?? null,
      unit: fields.unit ?? null,
    }
    await writeRow(db, 'value_items', id, { ...item, org_id: orgId }, { create: true, now })
    const first = { stage: item.stage, realised_value: item.realised_value, note }
    await appendUpdate(db, { id, org_id: orgId }, first, now)
  })
  return id
}

/**
 * Changes a value item. When its stage or realised value moves (or a note is given), the
 * change and a new line of its history are written in one transaction, so the register always
 * shows who moved what when. The line records only what this change moved, so changes made at
 * once on two devices never show each other's old values as moves.
 *
 * @example
 * await updateValueItem(db, id, { stage: 'approved' }, 'Steering group said yes')
 * await updateValueItem(db, id, { realised_value: 84 })
 */
export async function updateValueItem(
  db: LocalDb,
  id: string,
  change: ValueItemChange,
  note: string | null = null,
): Promise<void> {
  const now = new Date()
  await db.transaction('rw', db.writeScope(), async () => {
    const current = await db.value_items.get(id)
    if (!current) throw new LocalWriteError('This value item is not on this device')
    const moved = change.stage !== undefined && change.stage !== current.stage
    const recorded =
      change.realised_value !== undefined && change.realised_value !== current.realised_value
    const cleared = recorded && change.realised_value === null
    const changed = Object.entries(change).some(
      ([key, value]) => current[key as keyof ValueItemChange] !== value,
    )
    if (changed) await writeRow(db, 'value_items', id, change, { now })
    if (!moved && !recorded && !note) return
    await appendUpdate(
      db,
      current,
      {
        stage: moved ? (change.stage ?? null) : null,
        realised_value: recorded ? (change.realised_value ?? null) : null,
        // A cleared value has no number to record; the history says so in words.
        note: note ?? (cleared ? 'Realised value cleared' : null),
      },
      now,
    )
  })
}
