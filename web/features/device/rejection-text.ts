import type { Rejection } from '../../local/local-db.ts'

/** A refused change as the Device screen shows it. */
export interface RejectionText {
  /** What it was: "Check-in", "Commitment", … */
  what: string
  /** Why, in plain words. */
  why: string
  /** What the person typed, kept so nothing is lost: label and text. */
  typed: { label: string; text: string }[]
  /** The other fields the change set, by name, numbers with their value ("outcomes 4", "tier"). */
  alsoChanged: string[]
}

const things: Record<string, string> = {
  checkins: 'Check-in',
  action_items: 'Commitment',
  accounts: 'Relationship details',
  contacts: 'Contact',
  value_items: 'Value item',
  value_updates: 'Value item history',
  scorecards: 'Scorecard',
  forums: 'Forum',
  forum_members: 'Forum member',
  assignments: 'Assignment',
  members: 'Member',
  orgs: 'Organisation',
}

const reasons: Record<string, string> = {
  invalid_fields: 'The server could not accept some of its values.',
  forbidden: 'Your role doesn’t allow this change (or only its author may make it).',
  not_found: 'It refers to something the server doesn’t have — it may have been removed.',
  deleted: 'It was deleted on the server before your change arrived.',
  conflict: 'It clashed with a change someone else made.',
  constraint: 'It broke one of the data’s rules.',
  unknown_table: 'This version of the app sent something the server doesn’t know. Update the app.',
}

const fieldLabels: Record<string, string> = {
  summary: 'Summary',
  notes: 'Notes',
  start_doing: 'Start doing',
  stop_doing: 'Stop doing',
  continue_doing: 'Continue doing',
  details: 'Details',
  strategic_goals: 'Strategic goals',
  name: 'Name',
  comments: 'Comments',
  outcome: 'Outcome',
  metric: 'Metric',
  unit: 'Unit',
  note: 'Note',
  period: 'Quarter',
}

// Columns that are identifiers or bookkeeping, not something the person chose.
const hidden = new Set([
  'org_id',
  'account_id',
  'checkin_id',
  'author_id',
  'captured_at',
  'id',
  'value_item_id',
  'vendor_account_id',
  'agency_account_id',
])

const humanise = (column: string) => column.replace(/_/g, ' ')

/**
 * Describes a refused change in plain words and pulls out the text that was typed, so the person
 * can copy it and try again.
 *
 * @example
 * describeRejection({ table: 'checkins', code: 'forbidden', fields: { notes: 'Budget cut' }, … })
 * // { what: 'Check-in', why: 'Your role doesn’t allow…', typed: [{ label: 'Notes', text: 'Budget cut' }], … }
 */
export function describeRejection(rejection: Rejection): RejectionText {
  const typed: RejectionText['typed'] = []
  const alsoChanged: string[] = []
  for (const [column, value] of Object.entries(rejection.fields ?? {})) {
    if (hidden.has(column) || value === null || value === undefined) continue
    // A row's title is named by what the row is: a commitment's, a value item's.
    const label = column === 'title' ? things[rejection.table] : fieldLabels[column]
    if (label && typeof value === 'string') {
      if (value.trim()) typed.push({ label, text: value })
    } else {
      // Numbers (a rating, a realised value) are kept too, so they can be entered again.
      alsoChanged.push(
        typeof value === 'number' ? `${humanise(column)} ${value}` : humanise(column),
      )
    }
  }
  return {
    what: things[rejection.table] ?? humanise(rejection.table),
    why:
      rejection.op === 'delete' && rejection.code === 'forbidden'
        ? 'Your role doesn’t allow deleting it.'
        : (reasons[rejection.code] ?? 'The server refused it.'),
    typed,
    alsoChanged,
  }
}

/**
 * The typed text of a refused change as one block, for the clipboard.
 *
 * @example
 * typedText(describeRejection(rejection)) // 'Notes:\nBudget cut'
 */
export function typedText({ typed }: RejectionText): string {
  return typed.map(({ label, text }) => `${label}:\n${text}`).join('\n\n')
}
