import { storedText } from '../../../api/contract/text-rules.ts'
import { writableFields, type Fields } from '../../../api/contract/tables.ts'
import type { ValueStage } from '../../../api/contract/value-register.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { fieldProblem } from '../../ui/forms/field-problem.ts'
import { parseValueInput } from './value-format.ts'

/** The value item form as typed: numbers are still text until read. */
export interface ValueDraft {
  accountId: string
  vendorId: string
  title: string
  outcome: string
  metric: string
  unit: string
  baseline: string
  target: string
  realised: string
  stage: ValueStage
}

export type ValueDraftField = keyof ValueDraft

type ValueFields = Omit<Fields<'value_items'>, 'baseline' | 'target' | 'realised'>

const columns = writableFields.value_items.shape
const numberText = (value: number | null) => (value === null ? '' : String(value))

/**
 * A blank form, for a relationship or a vendor when known.
 */
export function emptyValueDraft(preset: { accountId?: string; vendorId?: string }): ValueDraft {
  return {
    accountId: preset.accountId ?? '',
    vendorId: preset.vendorId ?? '',
    title: '',
    outcome: '',
    metric: '',
    unit: '',
    baseline: '',
    target: '',
    realised: '',
    stage: 'idea',
  }
}

/** The form filled from an item, for editing it. */
export function valueDraftOf(item: LocalRow<'value_items'>): ValueDraft {
  return {
    accountId: item.account_id,
    vendorId: item.vendor_account_id ?? '',
    title: item.title,
    outcome: item.outcome ?? '',
    metric: item.metric ?? '',
    unit: item.unit ?? '',
    baseline: numberText(item.baseline_value),
    target: numberText(item.target_value),
    realised: numberText(item.realised_value),
    stage: item.stage,
  }
}

const numberColumns = [
  ['baseline', 'baseline_value'],
  ['target', 'target_value'],
  ['realised', 'realised_value'],
] as const

/**
 * Reads the form: the item's fields, or what stops it from being saved, field by field, in
 * words — checked with the contract's schemas, so what the device saves the server accepts.
 *
 * @example
 * const read = readValueDraft(draft)
 * if (read.problems.size === 0) await createValueItem(db, { ...read.fields })
 */
export function readValueDraft(draft: ValueDraft): {
  fields: ValueFields
  problems: Map<ValueDraftField, string>
} {
  const problems = new Map<ValueDraftField, string>()
  if (!draft.accountId) problems.set('accountId', 'Pick the relationship this value is for')
  const fields: ValueFields = {
    account_id: draft.accountId,
    vendor_account_id: draft.vendorId || null,
    title: draft.title.trim(),
    outcome: storedText(draft.outcome),
    metric: storedText(draft.metric),
    unit: storedText(draft.unit),
    stage: draft.stage,
    baseline_value: null,
    target_value: null,
    realised_value: null,
  }
  for (const key of ['title', 'outcome', 'metric', 'unit'] as const) {
    const problem = fieldProblem(columns[key], fields[key])
    if (problem) problems.set(key, problem)
  }
  for (const [key, column] of numberColumns) {
    const value = parseValueInput(draft[key])
    if (value === undefined) {
      problems.set(key, 'Enter a number, like 84 or 2.5 — or leave it empty')
      continue
    }
    const problem = fieldProblem(columns[column], value)
    if (problem) problems.set(key, problem)
    else fields[column] = value
  }
  return { fields, problems }
}
