import type { Fields } from '../../api/contract/tables.ts'
import type { LocalDb } from './local-db.ts'
import { writeRow } from './local-write.ts'
import { newId } from './new-id.ts'
import { accountOrg } from './write-context.ts'

type Risk = Fields<'risks'>

export type RiskInput = Pick<Risk, 'account_id' | 'title' | 'likelihood' | 'impact'> &
  Partial<Omit<Risk, 'account_id' | 'title' | 'likelihood' | 'impact'>>

/**
 * Raises a risk for a relationship on the device, in one transaction (it joins the caller's,
 * as a check-in raising one does). Returns its id.
 */
export async function raiseRisk(db: LocalDb, input: RiskInput): Promise<string> {
  const id = newId()
  await db.transaction('rw', db.writeScope(), async () => {
    const orgId = await accountOrg(db, input.account_id)
    const fields: Risk = {
      account_id: input.account_id,
      vendor_account_id: input.vendor_account_id ?? null,
      value_item_id: input.value_item_id ?? null,
      kind: input.kind ?? 'other',
      title: input.title,
      description: input.description ?? null,
      likelihood: input.likelihood,
      impact: input.impact,
      owner_user_id: input.owner_user_id ?? null,
      mitigation: input.mitigation ?? null,
      status: input.status ?? 'open',
      review_on: input.review_on ?? null,
    }
    await writeRow(db, 'risks', id, { ...fields, org_id: orgId }, { create: true })
  })
  return id
}

/**
 * Changes a risk: its ratings, owner, mitigation, status or review day; only what is given.
 */
export async function updateRisk(
  db: LocalDb,
  id: string,
  change: Partial<Omit<Risk, 'account_id'>>,
): Promise<number> {
  return writeRow(db, 'risks', id, change)
}
