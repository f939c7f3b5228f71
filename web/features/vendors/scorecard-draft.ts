import { storedText } from '../../../api/contract/text-rules.ts'
import { quarterOf } from '../../../api/contract/quarter.ts'
import { scorecardCriteria, type ScorecardRatings } from '../../../api/contract/scorecard-grade.ts'
import { writableFields, type Fields } from '../../../api/contract/tables.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { fieldProblem } from '../../ui/forms/field-problem.ts'

/** The scorecard form as filled in. */
export interface ScorecardDraft {
  vendorId: string
  /** '' for a scorecard of the vendor overall. */
  agencyId: string
  period: string
  ratings: ScorecardRatings
  comments: string
}

export type ScorecardDraftField = 'vendorId' | 'period' | 'comments'

const columns = writableFields.scorecards.shape
const unrated = Object.fromEntries(scorecardCriteria.map((c) => [c, null])) as ScorecardRatings

/**
 * A blank scorecard for a vendor, agency and quarter when known (this quarter otherwise).
 */
export function emptyScorecardDraft(
  preset: { vendorId?: string; agencyId?: string; period?: string },
  now: Date,
): ScorecardDraft {
  return {
    vendorId: preset.vendorId ?? '',
    agencyId: preset.agencyId ?? '',
    period: preset.period ?? quarterOf(now),
    ratings: { ...unrated },
    comments: '',
  }
}

/** The form filled from a scorecard, for editing it. */
export function scorecardDraftOf(card: LocalRow<'scorecards'>): ScorecardDraft {
  const ratings = Object.fromEntries(scorecardCriteria.map((c) => [c, card[c]])) as ScorecardRatings
  return {
    vendorId: card.vendor_account_id,
    agencyId: card.agency_account_id ?? '',
    period: card.period,
    ratings,
    comments: card.comments ?? '',
  }
}

/**
 * Reads the form: the scorecard's fields, or what stops it being saved, in words, checked with
 * the contract's schemas. (The grade is not a field: it follows from the ratings.)
 */
export function readScorecardDraft(draft: ScorecardDraft): {
  fields: Fields<'scorecards'>
  problems: Map<ScorecardDraftField, string>
} {
  const problems = new Map<ScorecardDraftField, string>()
  if (!draft.vendorId) problems.set('vendorId', 'Pick the vendor this scorecard is for')
  const fields: Fields<'scorecards'> = {
    vendor_account_id: draft.vendorId,
    agency_account_id: draft.agencyId || null,
    period: draft.period,
    ...draft.ratings,
    comments: storedText(draft.comments),
  }
  const period = fieldProblem(columns.period, fields.period)
  if (period)
    problems.set('period', `The quarter ${period.charAt(0).toLowerCase()}${period.slice(1)}`)
  const comments = fieldProblem(columns.comments, fields.comments)
  if (comments) problems.set('comments', comments)
  return { fields, problems }
}

/**
 * The quarters a scorecard can be for: this one and the seven before it, newest first.
 *
 * @example
 * recentQuarters(new Date('2026-12-01T00:00:00Z'))[1] // '2026-Q3'
 */
export function recentQuarters(now: Date): string[] {
  return Array.from({ length: 8 }, (_, back) => quarterOf(now, -back))
}
