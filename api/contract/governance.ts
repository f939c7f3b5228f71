/**
 * Governance of PRODUCT.md ("The BRM half"): forums, their meetings and the decisions taken.
 * Pure and zod-free, for every screen and the server.
 */

export const decisionStatuses = ['proposed', 'decided', 'reversed'] as const
export type DecisionStatus = (typeof decisionStatuses)[number]

export const forumPurposes = ['strategic', 'tactical'] as const
export type ForumPurpose = (typeof forumPurposes)[number]

/** A forum's seats, most senior first: the order its members are listed in. */
export const forumSeatRoles = ['chair', 'co_chair', 'member', 'observer'] as const
export type ForumSeatRole = (typeof forumSeatRoles)[number]

/** Orders seats by `forumSeatRoles`, chair first. */
export const bySeniority = (a: { role: ForumSeatRole }, b: { role: ForumSeatRole }) =>
  forumSeatRoles.indexOf(a.role) - forumSeatRoles.indexOf(b.role)

const dayMs = 86_400_000

/**
 * Whether a check-in is a meeting of forum `forumId`: of kind forum, naming it, live and
 * shared with the org. A private one is not counted, or the forum would be behind its cadence
 * on some devices and not on others.
 */
export function isForumMeeting(
  checkin: { kind: string; forum_id: string | null; deleted_at: string | null; visibility: string },
  forumId: string,
): boolean {
  return (
    checkin.kind === 'forum' &&
    checkin.forum_id === forumId &&
    !checkin.deleted_at &&
    checkin.visibility !== 'private'
  )
}

/**
 * Whether a forum is behind its cadence: its latest meeting is older than `cadence_days`, or
 * it has met never. A forum with no cadence is never behind.
 *
 * @example
 * forumBehind(30, '2026-10-01T10:00:00Z', new Date('2026-11-15T00:00:00Z')) // true: 45 days
 */
export function forumBehind(
  cadenceDays: number | null,
  latestMeetingAt: string | null,
  asOf: Date,
): boolean {
  if (!cadenceDays) return false
  if (!latestMeetingAt) return true
  return asOf.getTime() - Date.parse(latestMeetingAt) > cadenceDays * dayMs
}
