import { useLiveQuery } from 'dexie-react-hooks'
import { forumBehind, isForumMeeting } from '../../../api/contract/governance.ts'
import { reviewOverdue, riskSeverity } from '../../../api/contract/risk-register.ts'
import { vendorTrend, type PeriodStanding } from '../../../api/contract/vendor-standing.ts'
import type { LocalDb } from '../../local/local-db.ts'
import { memberName } from '../../local/member-names.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { accountTrust, effectiveCadence } from '../trust/trust-inputs.ts'
import { readTrustInputs } from '../trust/use-accounts-trust.ts'
import { noValueFilter, valueRollup, type ValueRollup } from '../value/value-rollup.ts'
import { teamFigures, type TeamAccount, type TeamFigures } from './team-figures.ts'

export interface Named {
  id: string
  name: string
}

export interface TeamView {
  figures: TeamFigures
  /** Every relationship the figures name, by id. */
  accounts: Map<string, TeamAccount>
  value: ValueRollup
  vendors: (Named & { latest: PeriodStanding | null })[]
  highRisks: (Named & { score: number; account: string })[]
  overdueReviews: (Named & { reviewOn: string; account: string })[]
  forumsBehind: (Named & { latestMeetingAt: string | null })[]
}

async function readTeam(db: LocalDb, userId: string, asOf: Date): Promise<TeamView> {
  const inputs = await readTrustInputs(db, userId)
  const [members, valueItems, scorecards, risks, forums] = await Promise.all([
    db.members.toArray(),
    db.value_items.toArray(),
    db.scorecards.toArray(),
    db.risks.toArray(),
    db.forums.toArray(),
  ])
  const meetings = await db.checkins
    .where('forum_id')
    .anyOf(forums.map((f) => f.id))
    .toArray()
  const accounts = inputs.accounts.map((account): TeamAccount => {
    const trust = accountTrust(account, inputs.factsByAccount.get(account.id), asOf, {
      viewerId: userId,
      tierCadence: inputs.tierCadence,
    })
    return {
      id: account.id,
      name: account.name,
      ownerId: inputs.owners.get(account.id) ?? null,
      band: trust.band,
      score: trust.score,
      trend: trust.trend,
      overdueCount: trust.overdueCount,
      daysSinceContact: trust.daysSinceContact,
      cadenceDays: effectiveCadence(account, inputs.tierCadence),
      strategicSeat: trust.components.strategic_seat,
    }
  })
  const byId = new Map(accounts.map((a) => [a.id, a]))
  const nameOf = (id: string) => byId.get(id)?.name ?? 'A relationship'
  const checkins = [...inputs.factsByAccount.values()].flatMap((facts) => facts.checkins)
  const managers = members
    .filter((m) => !m.deleted_at && m.role !== 'viewer')
    .map((m) => ({ userId: m.user_id, name: memberName(m) }))
  const liveRisks = risks.filter((r) => !r.deleted_at && r.status !== 'closed')
  const latestMeeting = new Map<string, string>()
  for (const meeting of meetings) {
    if (!meeting.forum_id || !isForumMeeting(meeting, meeting.forum_id)) continue
    const known = latestMeeting.get(meeting.forum_id)
    if (!known || known < meeting.occurred_at)
      latestMeeting.set(meeting.forum_id, meeting.occurred_at)
  }
  return {
    figures: teamFigures(accounts, checkins, managers, asOf),
    accounts: byId,
    value: valueRollup(
      valueItems.filter((v) => !v.deleted_at),
      noValueFilter,
    ),
    vendors: inputs.accounts
      .filter((a) => a.kind === 'vendor')
      .map((vendor) => ({
        id: vendor.id,
        name: vendor.name,
        latest:
          vendorTrend(scorecards.filter((c) => c.vendor_account_id === vendor.id)).at(-1) ?? null,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    highRisks: liveRisks
      .filter((r) => riskSeverity(r.likelihood, r.impact).level === 'high')
      .map((r) => ({
        id: r.id,
        name: r.title,
        score: riskSeverity(r.likelihood, r.impact).score,
        account: nameOf(r.account_id),
      }))
      .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)),
    overdueReviews: liveRisks
      .filter((r) => reviewOverdue(r, asOf))
      .map((r) => ({
        id: r.id,
        name: r.title,
        reviewOn: r.review_on ?? '',
        account: nameOf(r.account_id),
      }))
      .sort((a, b) => a.reviewOn.localeCompare(b.reviewOn)),
    forumsBehind: forums
      .filter((f) => !f.deleted_at)
      .map((f) => ({
        id: f.id,
        name: f.name,
        latestMeetingAt: latestMeeting.get(f.id) ?? null,
        cadence: f.cadence_days,
      }))
      .filter((f) => forumBehind(f.cadence, f.latestMeetingAt, asOf))
      .map(({ cadence: _cadence, ...forum }) => forum),
  }
}

/**
 * The lead's view, computed on the device from Dexie, live: the team's figures per manager and
 * for the org, value by stage, each vendor's latest grade, high risks and overdue reviews, and
 * forums behind their cadence. Nothing is read unless `leads`.
 */
export function useTeam(userId: string, now: Date, leads: boolean): TeamView | undefined {
  const db = useLocalDb()
  // Read again when a row changes, and every hour: the figures count days.
  const hour = now.toISOString().slice(0, 13)
  return useLiveQuery(
    () => (leads ? readTeam(db, userId, new Date()) : undefined),
    [db, userId, hour, leads],
  )
}
