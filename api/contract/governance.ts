/**
 * Governance of PRODUCT.md ("The BRM half"): forums, their meetings and the decisions taken.
 * Pure and zod-free, for every screen and the server.
 */

export const decisionStatuses = ['proposed', 'decided', 'reversed'] as const
export type DecisionStatus = (typeof decisionStatuses)[number]

export const forumPurposes = ['strategic', 'tactical'] as const
export type ForumPurpose = (typeof forumPurposes)[number]

const dayMs = 86_400_000

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
