import type { Fields } from '../../../api/contract/tables.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { kindLabels, sideLabels } from '../checkin/checkin-options.ts'
import { isMine } from '../commitments/commitment-filter.ts'
import { decisionStatusLabels } from '../governance/governance-text.ts'
import type { CsvTable } from './csv.ts'
import { dayOf, inRange } from './export-filter.ts'
import { newestFirst, type ExportScope } from './export-scope.ts'

type CommitmentStatus = Fields<'action_items'>['status']
const commitmentStatusLabels: Record<CommitmentStatus, string> = {
  open: 'Open',
  done: 'Done',
  dropped: 'Dropped',
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No')

/**
 * Check-ins whose day (`occurred_at`, on the device's calendar) is in the range; mine: those I
 * wrote. Someone else's private check-in never appears.
 */
export function checkinTable(scope: ExportScope): CsvTable {
  const { filter } = scope
  const rows = [...scope.checkins.values()]
    .filter(
      (c) =>
        inRange(dayOf(c.occurred_at), filter) &&
        scope.ofAccount(c.account_id) &&
        (!filter.mineOnly || c.author_id === filter.userId),
    )
    .sort(newestFirst((c) => c.occurred_at))
  return {
    header: [
      'Occurred at',
      'Relationship',
      'Kind',
      'Author',
      'With colleagues',
      'Summary',
      'Notes',
      'Trust pulse',
      'Start doing',
      'Stop doing',
      'Continue doing',
      'Strategic invite',
      'Private',
      'Forum',
      'ID',
    ],
    rows: rows.map((c) => [
      c.occurred_at,
      scope.nameOf(c.account_id),
      kindLabels[c.kind],
      scope.personOf(c.author_id),
      c.attendee_user_ids.map((id) => scope.personOf(id)).join('; '),
      c.summary,
      c.notes,
      c.trust_pulse,
      c.start_doing,
      c.stop_doing,
      c.continue_doing,
      yesNo(c.strategic_invite),
      yesNo(c.visibility === 'private'),
      scope.nameOf(c.forum_id),
      c.id,
    ]),
  }
}

const commitmentDay = (item: LocalRow<'action_items'>) => item.due_on ?? dayOf(item.created_at)

/**
 * Commitments due in the range (made in it, when they have no due date); mine: ours and
 * assigned to me, or unassigned on my relationships, as the ledger's Mine.
 */
export function commitmentTable(scope: ExportScope): CsvTable {
  const { filter } = scope
  // The ledger's Mine reads no dates; the range stands in for its day fields.
  const mine = {
    userId: filter.userId,
    myAccountIds: filter.myAccountIds,
    today: filter.to,
    weekEnd: filter.to,
  }
  const rows = scope.rows.action_items
    .filter(
      (item) =>
        !item.deleted_at &&
        !scope.hiddenCheckin(item.checkin_id) &&
        inRange(commitmentDay(item), filter) &&
        scope.ofAccount(item.account_id) &&
        (!filter.mineOnly || isMine(item, mine)),
    )
    .sort(newestFirst(commitmentDay))
  return {
    header: [
      'Due on',
      'Relationship',
      'Commitment',
      'Details',
      'Owed by',
      'Assigned to',
      'Status',
      'Completed at',
      'Check-in date',
      'Created at',
      'ID',
    ],
    rows: rows.map((item) => {
      const checkin = item.checkin_id ? scope.checkins.get(item.checkin_id) : undefined
      return [
        item.due_on,
        scope.nameOf(item.account_id),
        item.title,
        item.details,
        sideLabels[item.owner_side],
        scope.personOf(item.assignee_user_id),
        commitmentStatusLabels[item.status],
        item.completed_at,
        checkin ? dayOf(checkin.occurred_at) : null,
        item.created_at,
        item.id,
      ]
    }),
  }
}

const decisionDay = (d: LocalRow<'decisions'>) => d.decided_on ?? dayOf(d.created_at)

/**
 * Decisions decided in the range (recorded in it, when undated); the relationship is the
 * decision's, else its check-in's. Mine: on my relationships or taken at my check-ins. One taken
 * at someone else's private check-in never appears.
 */
export function decisionTable(scope: ExportScope): CsvTable {
  const { filter } = scope
  const accountOf = (d: LocalRow<'decisions'>) =>
    d.account_id ?? (d.checkin_id ? (scope.checkins.get(d.checkin_id)?.account_id ?? null) : null)
  const rows = scope.rows.decisions
    .filter((d) => {
      if (d.deleted_at || scope.hiddenCheckin(d.checkin_id)) return false
      const atMine = d.checkin_id && scope.checkins.get(d.checkin_id)?.author_id === filter.userId
      return (
        inRange(decisionDay(d), filter) &&
        scope.ofAccount(accountOf(d)) &&
        (!filter.mineOnly || atMine || scope.onMine(accountOf(d)))
      )
    })
    .sort(newestFirst(decisionDay))
  return {
    header: [
      'Decided on',
      'Decision',
      'Status',
      'Forum',
      'Relationship',
      'Rationale',
      'Created at',
      'ID',
    ],
    rows: rows.map((d) => [
      d.decided_on,
      d.title,
      decisionStatusLabels[d.status],
      scope.nameOf(d.forum_id),
      scope.nameOf(accountOf(d)),
      d.rationale,
      d.created_at,
      d.id,
    ]),
  }
}
