import { scorecardGrade } from '../../contract/scorecard-grade.ts'
import { buildCheckin } from './build-activity.ts'
import { demoUuid } from './ids.ts'
import type { BuildContext } from './context.ts'
import type { ForumSpec } from './forums.ts'
import type { ScorecardSpec } from './specs.ts'
import type { CheckinRow, ForumMemberRow, ForumRow, ScorecardRow } from './types.ts'

/**
 * Forums, their members (users, accounts and contacts) and their meetings, each meeting a
 * check-in of kind `forum` logged against the forum's host relationship.
 *
 * @example
 * const { forums, members, meetings } = buildForums(context, forumSpecs, orgId)
 */
export function buildForums(context: BuildContext, specs: ForumSpec[], orgId: string) {
  const forums: ForumRow[] = []
  const members: ForumMemberRow[] = []
  const meetings: CheckinRow[] = []
  for (const spec of specs) {
    const id = demoUuid(`forum:${spec.key}`)
    forums.push({
      id,
      org_id: orgId,
      name: spec.name,
      purpose: spec.purpose,
      charter: spec.charter,
      cadence_days: spec.cadence,
      co_chairs: spec.coChairs,
    })
    const member = (
      ref: Pick<ForumMemberRow, 'account_id' | 'contact_id' | 'user_id'>,
      role: ForumMemberRow['role'],
    ) =>
      members.push({
        id: demoUuid(`forum-member:${spec.key}:${members.length}`),
        org_id: orgId,
        forum_id: id,
        ...ref,
        role,
      })
    for (const [key, role] of spec.users) {
      member({ account_id: null, contact_id: null, user_id: context.userId(key) }, role)
    }
    for (const [key, role] of spec.accounts) {
      member({ account_id: context.account(key).row.id, contact_id: null, user_id: null }, role)
    }
    for (const [key, index, role] of spec.contacts) {
      const contact = context.account(key).contacts[index]
      if (!contact) throw new Error(`${key} has no contact ${index}`)
      member({ account_id: null, contact_id: contact.id, user_id: null }, role)
    }
    spec.meetings.forEach((meeting, index) => {
      const checkinId = demoUuid(`checkin:forum:${spec.key}:${index}`)
      meetings.push(buildCheckin(context, spec.host, checkinId, meeting, id))
    })
  }
  return { forums, members, meetings }
}

/**
 * The vendor scorecards, graded by the contract's rule (the one the server's trigger keeps),
 * so a device shows the same grade before and after it syncs.
 *
 * @example
 * const rows = buildScorecards(context, scorecards) // periods like '2026-Q3'
 */
export function buildScorecards(context: BuildContext, specs: ScorecardSpec[]): ScorecardRow[] {
  return specs.map((spec): ScorecardRow => {
    const vendor = context.account(spec.vendor).row
    const [outcomes, responsiveness, collaboration, innovation, delivery] = spec.ratings
    const ratings = { outcomes, responsiveness, collaboration, innovation, delivery }
    return {
      id: demoUuid(`scorecard:${spec.vendor}:${spec.agency ?? 'all'}:${spec.quarter}`),
      org_id: vendor.org_id,
      vendor_account_id: vendor.id,
      agency_account_id: spec.agency ? context.account(spec.agency).row.id : null,
      period: context.clock.quarter(spec.quarter),
      ...ratings,
      grade: scorecardGrade(ratings)?.grade ?? null,
      comments: spec.comments,
    }
  })
}
