import { overLimit, storedText } from '../../../api/contract/text-rules.ts'
import { writableFields, type Fields } from '../../../api/contract/tables.ts'

type Checkin = Fields<'checkins'>

/** The editable parts of a check-in, as the form holds them ('' for empty text). */
export interface CheckinEdit {
  summary: string
  notes: string
  startDoing: string
  stopDoing: string
  continueDoing: string
  pulse: number | null
  strategicInvite: boolean
  isPrivate: boolean
}

export type EditTextField = 'summary' | 'notes' | 'startDoing' | 'stopDoing' | 'continueDoing'

const columns = {
  summary: 'summary',
  notes: 'notes',
  startDoing: 'start_doing',
  stopDoing: 'stop_doing',
  continueDoing: 'continue_doing',
} as const satisfies Record<EditTextField, keyof Checkin>

const names: Record<EditTextField, string> = {
  summary: 'summary',
  notes: 'notes',
  startDoing: '“start doing”',
  stopDoing: '“stop doing”',
  continueDoing: '“continue doing”',
}

type Editable = Pick<
  Checkin,
  | 'summary'
  | 'notes'
  | 'start_doing'
  | 'stop_doing'
  | 'continue_doing'
  | 'trust_pulse'
  | 'strategic_invite'
  | 'visibility'
>

/**
 * The form's starting values for a check-in.
 */
export function editOf(row: Editable): CheckinEdit {
  return {
    summary: row.summary ?? '',
    notes: row.notes ?? '',
    startDoing: row.start_doing ?? '',
    stopDoing: row.stop_doing ?? '',
    continueDoing: row.continue_doing ?? '',
    pulse: row.trust_pulse,
    strategicInvite: row.strategic_invite,
    isPrivate: row.visibility === 'private',
  }
}

/**
 * What is too long in the form, in plain words; empty when it can be saved.
 *
 * @example
 * validateEdit({ ...edit, summary: 'x'.repeat(4001) }).get('summary')
 * // 'Shorten the summary to 4,000 characters or fewer (now 4,001).'
 */
export function validateEdit(edit: CheckinEdit): Map<EditTextField, string> {
  const errors = new Map<EditTextField, string>()
  for (const field of Object.keys(columns) as EditTextField[]) {
    const over = overLimit(writableFields.checkins.shape[columns[field]], edit[field])
    if (over) {
      const limit = over.max.toLocaleString('en')
      const now = over.length.toLocaleString('en')
      errors.set(field, `Shorten the ${names[field]} to ${limit} characters or fewer (now ${now}).`)
    }
  }
  return errors
}

/**
 * The columns the form changed, ready for `updateCheckin` (text trimmed, empty as null); an
 * empty object when nothing changed.
 *
 * @example
 * editChanges(row, { ...editOf(row), pulse: 2 }) // { trust_pulse: 2 }
 */
export function editChanges(row: Editable, edit: CheckinEdit): Partial<Checkin> {
  const changes: Partial<Checkin> = {}
  for (const field of Object.keys(columns) as EditTextField[]) {
    const column = columns[field]
    const value = storedText(edit[field])
    if (value !== (row[column] ?? null)) Object.assign(changes, { [column]: value })
  }
  if (edit.pulse !== row.trust_pulse) changes.trust_pulse = edit.pulse
  if (edit.strategicInvite !== row.strategic_invite) changes.strategic_invite = edit.strategicInvite
  const visibility = edit.isPrivate ? 'private' : 'org'
  if (visibility !== row.visibility) changes.visibility = visibility
  return changes
}
