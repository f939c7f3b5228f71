/**
 * Who may read a check-in (PRODUCT.md): everyone in the org, or only its author when private.
 * What was made at a private check-in (its commitments) is its author's alone too. The server
 * keeps the same rules in SQL (20261202000700_private_checkin_commitments.sql and 000800);
 * test/integration/contract-sql-agreement.test.ts checks that they agree.
 */

export interface CheckinPrivacy {
  visibility: 'org' | 'private'
  author_id: string
}

/**
 * Whether `viewerId` may read a check-in: a private one only for its author.
 *
 * @example
 * mayRead({ visibility: 'private', author_id: 'u2' }, 'u1') // false
 */
export function mayRead(checkin: CheckinPrivacy, viewerId: string | null): boolean {
  return checkin.visibility !== 'private' || checkin.author_id === viewerId
}

/**
 * Whether `viewerId` may read a commitment (or anything else made at a check-in): always when
 * it was made at none, else when they may read that check-in. A check-in the device does not
 * hold is one the server did not send, and then the server did not send what was made at it.
 *
 * @example
 * mayReadCommitment({ checkin_id: 'c1' }, new Map([['c1', privateOfU2]]), 'u1') // false
 */
export function mayReadCommitment(
  item: { checkin_id: string | null },
  checkinsById: ReadonlyMap<string, CheckinPrivacy>,
  viewerId: string | null,
): boolean {
  const checkin = item.checkin_id === null ? undefined : checkinsById.get(item.checkin_id)
  return checkin === undefined || mayRead(checkin, viewerId)
}

/**
 * Whether a commitment made at `checkin` (null: at none) may be assigned to `assigneeId` (null:
 * to no one of ours): one made at a private check-in only to its author, who alone sees it.
 *
 * @example
 * mayAssignCommitment({ visibility: 'private', author_id: 'u1' }, 'u2') // false
 */
export function mayAssignCommitment(
  checkin: CheckinPrivacy | null,
  assigneeId: string | null,
): boolean {
  return (
    assigneeId === null ||
    checkin === null ||
    checkin.visibility !== 'private' ||
    assigneeId === checkin.author_id
  )
}

/** The device's words when a commitment made at a private check-in would go to a colleague. */
export const privateCommitmentRefusal =
  'A commitment made at a private check-in is yours alone, so it can’t be assigned to a colleague'

/** The device's words when a check-in with a colleague's commitment would become private. */
export const colleaguesCommitmentsRefusal =
  'Commitments made at this check-in are assigned to colleagues, so it can’t be made private'
