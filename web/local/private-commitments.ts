import {
  colleaguesCommitmentsRefusal,
  mayAssignCommitment,
  privateCommitmentRefusal,
  type CheckinPrivacy,
} from '../../api/contract/privacy.ts'
import type { CommitmentInput } from './checkins.ts'
import type { LocalDb } from './local-db.ts'
import { LocalWriteError } from './local-write.ts'

/**
 * Who a commitment made at `checkin` (null: at none) is assigned to. One of ours made at a
 * private check-in is its author's, since only they will see it; a colleague is refused, as
 * the server does.
 *
 * @example
 * assigneeAt({ visibility: 'private', author_id: me }, { title: 'Call HR', owner_side: 'us' }) // me
 */
export function assigneeAt(checkin: CheckinPrivacy | null, input: CommitmentInput): string | null {
  const asked = input.assignee_user_id ?? null
  if (!mayAssignCommitment(checkin, asked)) throw new LocalWriteError(privateCommitmentRefusal)
  if (checkin?.visibility === 'private' && asked === null && input.owner_side === 'us') {
    return checkin.author_id
  }
  return asked
}

/**
 * Whether a live commitment made at a check-in is assigned to a colleague of its author: the
 * check-in then stays shared.
 */
export async function hasColleaguesCommitments(
  db: LocalDb,
  checkin: { id: string; author_id: string },
): Promise<boolean> {
  const items = await db.action_items.where('checkin_id').equals(checkin.id).toArray()
  const private_ = { visibility: 'private' as const, author_id: checkin.author_id }
  return items.some((i) => !i.deleted_at && !mayAssignCommitment(private_, i.assignee_user_id))
}

/**
 * Refuses to make a check-in private while a live commitment made at it is assigned to a
 * colleague, who would lose sight of it (the server refuses it too).
 */
export async function refuseIfColleaguesCommitments(
  db: LocalDb,
  checkin: { id: string; author_id: string },
): Promise<void> {
  if (await hasColleaguesCommitments(db, checkin)) {
    throw new LocalWriteError(colleaguesCommitmentsRefusal)
  }
}
