import { storedText } from '../../../api/contract/text-rules.ts'
import {
  riskScaleMax,
  type RiskKind,
  type RiskStatus,
} from '../../../api/contract/risk-register.ts'
import { writableFields, type Fields } from '../../../api/contract/tables.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { fieldProblem } from '../../ui/forms/field-problem.ts'

/** The risk form as filled in; '' for an empty choice or date. */
export interface RiskDraft {
  accountId: string
  vendorId: string
  valueItemId: string
  kind: RiskKind
  title: string
  description: string
  likelihood: number | null
  impact: number | null
  ownerId: string
  mitigation: string
  status: RiskStatus
  reviewOn: string
}

/** The fields that can hold a problem, in the order the form shows them. */
export const riskDraftFields = [
  'accountId',
  'title',
  'likelihood',
  'impact',
  'description',
  'mitigation',
  'reviewOn',
] as const
export type RiskDraftField = (typeof riskDraftFields)[number]

const columns = writableFields.risks.shape

/**
 * A blank risk, for a relationship when known.
 */
export function emptyRiskDraft(accountId = ''): RiskDraft {
  return {
    accountId,
    vendorId: '',
    valueItemId: '',
    kind: 'other',
    title: '',
    description: '',
    likelihood: null,
    impact: null,
    ownerId: '',
    mitigation: '',
    status: 'open',
    reviewOn: '',
  }
}

/** The form filled from a risk, for editing it. */
export function riskDraftOf(risk: LocalRow<'risks'>): RiskDraft {
  return {
    accountId: risk.account_id,
    vendorId: risk.vendor_account_id ?? '',
    valueItemId: risk.value_item_id ?? '',
    kind: risk.kind,
    title: risk.title,
    description: risk.description ?? '',
    likelihood: risk.likelihood,
    impact: risk.impact,
    ownerId: risk.owner_user_id ?? '',
    mitigation: risk.mitigation ?? '',
    status: risk.status,
    reviewOn: risk.review_on ?? '',
  }
}

/**
 * Reads the form: the risk's fields, or what stops it being saved, field by field, checked
 * with the contract's schemas.
 */
export function readRiskDraft(draft: RiskDraft): {
  fields: Fields<'risks'>
  problems: Map<RiskDraftField, string>
} {
  const problems = new Map<RiskDraftField, string>()
  if (!draft.accountId) problems.set('accountId', 'Pick the relationship the risk is for')
  if (draft.likelihood === null) {
    problems.set('likelihood', `Rate how likely it is, 1 to ${riskScaleMax}`)
  }
  if (draft.impact === null) problems.set('impact', `Rate its impact, 1 to ${riskScaleMax}`)
  const fields: Fields<'risks'> = {
    account_id: draft.accountId,
    vendor_account_id: draft.vendorId || null,
    value_item_id: draft.valueItemId || null,
    kind: draft.kind,
    title: draft.title.trim(),
    description: storedText(draft.description),
    likelihood: draft.likelihood ?? 1,
    impact: draft.impact ?? 1,
    owner_user_id: draft.ownerId || null,
    mitigation: storedText(draft.mitigation),
    status: draft.status,
    review_on: draft.reviewOn || null,
  }
  for (const key of ['title', 'description', 'mitigation'] as const) {
    const problem = fieldProblem(columns[key], fields[key])
    if (problem) problems.set(key, problem)
  }
  const review = fieldProblem(columns.review_on, fields.review_on)
  if (review) problems.set('reviewOn', 'Enter the day of the next review, or leave it empty')
  return { fields, problems }
}
