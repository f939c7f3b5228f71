import { sameScorecardSlot, type ScorecardSlot } from '../../api/contract/scorecard-grade.ts'
import type { Fields } from '../../api/contract/tables.ts'
import type { LocalDb, LocalRow } from './local-db.ts'
import { LocalWriteError, writeRow } from './local-write.ts'
import { newId } from './new-id.ts'
import { accountOrg } from './write-context.ts'

type Scorecard = Fields<'scorecards'>

/** A save refused because the slot already has a live scorecard; `existingId` is that one. */
export class ScorecardTakenError extends LocalWriteError {
  constructor(readonly existingId: string) {
    super('This vendor already has a scorecard for this agency and period')
    this.name = 'ScorecardTakenError'
  }
}

/**
 * The live scorecard this device holds for a vendor, agency (or none) and period, other than
 * `exceptId`; undefined when the slot is free.
 */
export async function findLiveScorecard(
  db: LocalDb,
  slot: ScorecardSlot,
  exceptId?: string,
): Promise<LocalRow<'scorecards'> | undefined> {
  const cards = await db.scorecards.where('vendor_account_id').equals(slot.vendor_account_id)
  return cards
    .filter((card) => !card.deleted_at && card.id !== exceptId && sameScorecardSlot(card, slot))
    .first()
}

/**
 * Creates a scorecard, or changes one when `id` names a scorecard on the device, in one
 * transaction; an edit writes only `changed` (what the form changed, so a colleague's edit of
 * another rating stands). The grade is not written: the server derives it, and the device
 * shows it with the same function. A slot that already holds another live scorecard is
 * refused with `ScorecardTakenError`, before anything is stored. Returns the scorecard's id.
 *
 * @example
 * const id = await saveScorecard(db, null, { vendor_account_id, agency_account_id, period: '2026-Q4', outcomes: 4, … })
 * await saveScorecard(db, id, fields, { delivery: 2 })
 */
export async function saveScorecard(
  db: LocalDb,
  id: string | null,
  fields: Scorecard,
  changed: Partial<Scorecard> = fields,
): Promise<string> {
  const cardId = id ?? newId()
  await db.transaction('rw', db.writeScope(), async () => {
    const taken = await findLiveScorecard(db, fields, cardId)
    if (taken) throw new ScorecardTakenError(taken.id)
    const existing = await db.scorecards.get(cardId)
    if (existing) {
      if (Object.keys(changed).length > 0) await writeRow(db, 'scorecards', cardId, changed)
      return
    }
    const orgId = await accountOrg(db, fields.vendor_account_id)
    await writeRow(db, 'scorecards', cardId, { ...fields, org_id: orgId }, { create: true })
  })
  return cardId
}
