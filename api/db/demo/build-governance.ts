import { buildCheckin } from './build-activity.ts'
import { demoUuid } from './ids.ts'
import { vendorProfiles } from './value.ts'
import type { BuildContext } from './context.ts'
import type { ForumSpec } from './forums.ts'
import type { ValueSpec } from './specs.ts'
import type { CheckinRow, ForumMemberRow, ForumRow, ScorecardRow, ValueItemRow } from './types.ts'

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
 * The value register rows, ids keyed by position.
 *
 * @example
 * const rows = buildValueItems(context, valueItems, 'value')
 */
export function buildValueItems(
  context: BuildContext,
  specs: ValueSpec[],
  idPrefix: string,
): ValueItemRow[] {
  return specs.map((spec, index) => {
    const account = context.account(spec.account).row
    return {
      id: demoUuid(`${idPrefix}:${index}`),
      org_id: account.org_id,
      account_id: account.id,
      vendor_account_id: spec.vendor ? context.account(spec.vendor).row.id : null,
      title: spec.title,
      outcome: spec.outcome,
      metric: spec.metric,
      baseline: spec.baseline,
      target: spec.target,
      realised: spec.realised ?? null,
      stage: spec.stage,
    }
  })
}

function grade(mean: number): ScorecardRow['grade'] {
  if (mean >= 4.5) return 'A'
  if (mean >= 3.5) return 'B'
  if (mean >= 2.5) return 'C'
  return mean >= 1.5 ? 'D' : 'F'
}

/**
 * Scorecards for the last two finished quarters (three for the first vendors), each score the
 * vendor's typical level nudged by the random source; the grade follows the mean score.
 *
 * @example
 * const scorecards = buildScorecards(context) // periods like '2026-Q3'
 */
export function buildScorecards(context: BuildContext): ScorecardRow[] {
  const { clock, random } = context
  return Object.entries(vendorProfiles).flatMap(([key, profile], vendorIndex) => {
    const quarters = vendorIndex < 3 ? [-3, -2, -1] : [-2, -1]
    return quarters.map((offset): ScorecardRow => {
      const score = () =>
        Math.min(5, Math.max(1, Math.round(profile.level + random.next() * 1.6 - 0.8)))
      const [outcomes, responsiveness, collaboration, innovation, delivery] = [1, 2, 3, 4, 5].map(
        score,
      ) as [number, number, number, number, number]
      const vendor = context.account(key).row
      return {
        id: demoUuid(`scorecard:${key}:${offset}`),
        org_id: vendor.org_id,
        vendor_account_id: vendor.id,
        agency_account_id: profile.agency ? context.account(profile.agency).row.id : null,
        period: clock.quarter(offset),
        outcomes,
        responsiveness,
        collaboration,
        innovation,
        delivery,
        grade: grade((outcomes + responsiveness + collaboration + innovation + delivery) / 5),
        comments: profile.comment,
      }
    })
  })
}
