import { riskScaleMax } from '../../../api/contract/risk-register.ts'
import { writableFields } from '../../../api/contract/tables.ts'
import { overLimit } from '../../../api/contract/text-rules.ts'
import { fieldProblem } from '../../ui/forms/field-problem.ts'
import { parseLocalDateTime, type CheckinDraft } from './checkin-draft.ts'

/** The form controls a problem can point at. */
export type DraftField =
  | 'relationship'
  | 'occurredAt'
  | 'summary'
  | 'notes'
  | 'startDoing'
  | 'stopDoing'
  | 'continueDoing'
  | `commitment:${string}`
  | `valueIdea:${string}`
  | `decision:${string}`
  | `risk:${string}`

export interface DraftProblem {
  field: DraftField
  message: string
}

// A phone's clock can run a little fast; only a time clearly ahead is a typing mistake.
const futureSlackMs = 10 * 60_000

const texts = [
  ['summary', 'summary', 'The summary'],
  ['notes', 'notes', 'The notes'],
  ['startDoing', 'start_doing', '“Start doing”'],
  ['stopDoing', 'stop_doing', '“Stop doing”'],
  ['continueDoing', 'continue_doing', '“Continue doing”'],
] as const

/** A title for each row, within the contract's limit for titles. */
function titled(
  rows: readonly { key: string; title: string }[],
  name: string,
  prefix: 'decision' | 'risk',
  problems: DraftProblem[],
) {
  const schema = writableFields[prefix === 'decision' ? 'decisions' : 'risks'].shape.title
  rows.forEach((row, index) => {
    const field = `${prefix}:${row.key}` as const
    const title = row.title.trim()
    const problem = fieldProblem(schema, title)
    if (!problem) return
    const message =
      title === ''
        ? `${name} ${index + 1} needs a title — or remove it`
        : `${name} ${index + 1}: ${problem}`
    problems.push({ field, message })
  })
}

/**
 * What stops a draft from being saved, in words a person can act on; empty when it can be saved.
 * Limits are the server's, so a saved check-in is never rejected for its length.
 *
 * @example
 * validateDraft(emptyDraft(now), now) // [{ field: 'relationship', message: 'Pick a relationship' }]
 */
export function validateDraft(draft: CheckinDraft, now: Date): DraftProblem[] {
  const problems: DraftProblem[] = []
  if (!draft.accountId) {
    problems.push({ field: 'relationship', message: 'Pick a relationship' })
  }
  const occurred = parseLocalDateTime(draft.occurredAt)
  if (!occurred) {
    problems.push({ field: 'occurredAt', message: 'Enter when it happened: a date and a time' })
  } else if (occurred.getTime() > now.getTime() + futureSlackMs) {
    problems.push({
      field: 'occurredAt',
      message: 'That time is in the future — when did it happen?',
    })
  }
  for (const [field, column, name] of texts) {
    const over = overLimit(writableFields.checkins.shape[column], draft[field])
    if (over) {
      problems.push({
        field,
        message: `${name} is too long: ${over.length.toLocaleString()} characters, ${over.max.toLocaleString()} at most`,
      })
    }
  }
  draft.commitments.forEach((row, index) => {
    const title = row.title.trim()
    const field = `commitment:${row.key}` as const
    if (title === '') {
      problems.push({
        field,
        message: `Commitment ${index + 1} needs a title — or remove it`,
      })
    } else {
      const over = overLimit(writableFields.action_items.shape.title, title)
      if (over) {
        problems.push({
          field,
          message: `Commitment ${index + 1} is too long: ${over.max} characters at most`,
        })
      }
    }
  })
  if (draft.decisions.length > 0 && draft.isPrivate) {
    const [first] = draft.decisions
    if (first) {
      problems.push({
        field: `decision:${first.key}`,
        message: 'Decisions are the organisation’s: a private check-in can’t record them',
      })
    }
  }
  titled(draft.decisions, 'Decision', 'decision', problems)
  draft.risks.forEach((row, index) => {
    const field = `risk:${row.key}` as const
    if (row.likelihood === null || row.impact === null) {
      problems.push({
        field,
        message: `Risk ${index + 1}: rate its likelihood and impact, 1 to ${riskScaleMax}`,
      })
    }
  })
  titled(draft.risks, 'Risk', 'risk', problems)
  draft.valueIdeas.forEach((row, index) => {
    const field = `valueIdea:${row.key}` as const
    if (row.title.trim() === '') {
      problems.push({ field, message: `Value idea ${index + 1} needs a title — or remove it` })
      return
    }
    const problem = fieldProblem(writableFields.value_items.shape.title, row.title.trim())
    if (problem) problems.push({ field, message: `Value idea ${index + 1}: ${problem}` })
  })
  return problems
}
