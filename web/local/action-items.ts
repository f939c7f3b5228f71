import type { Fields } from '../../api/contract/tables.ts'
import { commitmentFields, type CommitmentInput } from './checkins.ts'
import type { LocalDb } from './local-db.ts'
import { writeRow } from './local-write.ts'
import { newId } from './new-id.ts'
import { assigneeAt } from './private-commitments.ts'
import { accountOrg } from './write-context.ts'

/**
 * Adds a commitment to an account's ledger, optionally tied to a check-in. Returns its id.
 */
export async function addCommitment(
  db: LocalDb,
  input: CommitmentInput & { account_id: string; checkin_id?: string | null },
): Promise<string> {
  const id = input.id ?? newId()
  await db.transaction('rw', db.writeScope(), async () => {
    const orgId = await accountOrg(db, input.account_id)
    const checkin = input.checkin_id ? await db.checkins.get(input.checkin_id) : undefined
    const assigned = { ...input, assignee_user_id: assigneeAt(checkin ?? null, input) }
    const fields = commitmentFields(orgId, input.account_id, input.checkin_id ?? null, assigned)
    await writeRow(db, 'action_items', id, fields, { create: true })
  })
  return id
}

/**
 * Marks a commitment done now. Returns the change's seq.
 */
export async function completeCommitment(db: LocalDb, id: string, now = new Date()) {
  return writeRow(db, 'action_items', id, { status: 'done', completed_at: now.toISOString() })
}

/**
 * Opens a done or dropped commitment again.
 */
export async function reopenCommitment(db: LocalDb, id: string) {
  return writeRow(db, 'action_items', id, { status: 'open', completed_at: null })
}

/**
 * Drops a commitment that will not happen (it stops counting against follow-through).
 */
export async function dropCommitment(db: LocalDb, id: string) {
  return writeRow(db, 'action_items', id, { status: 'dropped', completed_at: null })
}

/**
 * Edits a commitment's text, owner, assignee or due date.
 */
export async function updateCommitment(
  db: LocalDb,
  id: string,
  fields: Partial<Omit<Fields<'action_items'>, 'account_id' | 'status' | 'completed_at'>>,
) {
  return writeRow(db, 'action_items', id, fields)
}
