import { scorecardGrade } from '../contract/scorecard-grade.ts'
import { buildCheckin } from './build-activity.ts'
import { demoUuid } from './ids.ts'
import type { BuildContext } from './context.ts'
import type { ForumSpec } from './forums.ts'
import type { AccountDecisionSpec, DecisionSpec, ScorecardSpec } from './specs.ts'
import type { CheckinRow, DecisionRow, ForumMemberRow, ForumRow, ScorecardRow } from './types.ts'

/**
 * Forums, their members (users, accounts and contacts) and their meetings, each meeting a
 * check-in of kind `forum` logged against the forum's host relationship.
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

const minuteMs = 60_000

/**
 * Points each reversing decision at the one it reverses: its rationale opens by naming it, and
 * the reversed one was last changed when the reversal was recorded.
 */
function linkReversals(rows: DecisionRow[], specs: Map<DecisionRow, DecisionSpec>) {
  const reversedBy = new Set<DecisionRow>()
  for (const [row, spec] of specs) {
    if (!spec.reverses) continue
    const reversed = rows.find((r) => r.org_id === row.org_id && r.title === spec.reverses)
    if (reversed?.status !== 'reversed' || reversed.decided_on >= row.decided_on) {
      throw new Error(`${row.title}: reverses an earlier decision, now marked reversed`)
    }
    row.rationale = `Reverses "${reversed.title}". ${row.rationale}`
    reversed.updated_at = row.created_at
    reversedBy.add(reversed)
  }
  const orphan = rows.find((row) => row.status === 'reversed' && !reversedBy.has(row))
  if (orphan) throw new Error(`${orphan.title}: a reversed decision is reversed by a later one`)
}

/**
 * Decisions of forum meetings (the meeting's forum and check-in, on the meeting's day, minuted
 * a few minutes after it was captured) and decisions taken with one relationship (that account
 * only). `byForum[key][i]` belongs to meeting `i` of forum `key`, as built by buildForums.
 */
export function buildDecisions(
  context: BuildContext,
  meetings: CheckinRow[],
  byForum: Record<string, DecisionSpec[][]>,
  byAccount: AccountDecisionSpec[],
  idPrefix: string,
): DecisionRow[] {
  const specs = new Map<DecisionRow, DecisionSpec>()
  const accountId = (key: string | undefined) => (key ? context.account(key).row.id : null)
  for (const [forum, perMeeting] of Object.entries(byForum)) {
    perMeeting.forEach((decisions, index) => {
      const meetingId = demoUuid(`checkin:forum:${forum}:${index}`)
      const meeting = meetings.find((row) => row.id === meetingId)
      if (!meeting) throw new Error(`forum ${forum} has no meeting ${index}`)
      decisions.forEach((spec, n) => {
        const at = new Date(meeting.captured_at.getTime() + (n + 1) * 4 * minuteMs)
        const row: DecisionRow = {
          id: demoUuid(`${idPrefix}:${forum}:${index}:${n}`),
          org_id: meeting.org_id,
          forum_id: meeting.forum_id,
          checkin_id: meeting.id,
          account_id: accountId(spec.account),
          title: spec.title,
          rationale: spec.rationale,
          decided_on: meeting.occurred_at.toISOString().slice(0, 10),
          status: spec.status,
          created_at: at,
          updated_at: at,
        }
        specs.set(row, spec)
      })
    })
  }
  byAccount.forEach((spec, index) => {
    const account = context.account(spec.account).row
    const at = context.clock.at(spec.ago, 17 * 60 + 10 * index)
    const row: DecisionRow = {
      id: demoUuid(`${idPrefix}:account:${index}`),
      org_id: account.org_id,
      forum_id: null,
      checkin_id: null,
      account_id: account.id,
      title: spec.title,
      rationale: spec.rationale,
      decided_on: context.clock.date(-spec.ago),
      status: spec.status,
      created_at: at,
      updated_at: at,
    }
    specs.set(row, spec)
  })
  const rows = [...specs.keys()]
  linkReversals(rows, specs)
  return rows
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
