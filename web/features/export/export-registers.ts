import { riskSeverity } from '../../../api/contract/risk-register.ts'
import { scorecardGrade } from '../../../api/contract/scorecard-grade.ts'
import { valueProgress } from '../../../api/contract/value-register.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { riskKindLabels, riskStatusLabels, severityLabels } from '../risks/risk-text.ts'
import { stageLabels } from '../value/value-format.ts'
import type { CsvTable } from './csv.ts'
import { dayOf, inRange, overlapsRange, quarterDays } from './export-filter.ts'
import { newestFirst, type ExportScope } from './export-scope.ts'

/**
 * Value items live at some point of the range: made by its end and changed since its start.
 * Mine: of my relationships (as the agency or the vendor).
 */
export function valueTable(scope: ExportScope): CsvTable {
  const { filter } = scope
  const rows = scope.rows.value_items
    .filter(
      (v) =>
        !v.deleted_at &&
        overlapsRange(dayOf(v.created_at), dayOf(v.updated_at), filter) &&
        scope.ofAccount(v.account_id, v.vendor_account_id) &&
        (!filter.mineOnly || scope.onMine(v.account_id, v.vendor_account_id)),
    )
    .sort(newestFirst((v) => v.updated_at))
  return {
    header: [
      'Relationship',
      'Vendor',
      'Value item',
      'Outcome',
      'Stage',
      'Metric',
      'Unit',
      'Baseline',
      'Target',
      'Realised',
      'Progress %',
      'Created at',
      'Updated at',
      'ID',
    ],
    rows: rows.map((v) => {
      const progress = valueProgress(v)
      return [
        scope.nameOf(v.account_id),
        scope.nameOf(v.vendor_account_id),
        v.title,
        v.outcome,
        stageLabels[v.stage],
        v.metric,
        v.unit,
        v.baseline_value ?? v.baseline,
        v.target_value ?? v.target,
        v.realised_value ?? v.realised,
        progress === null ? null : Math.round(progress * 100),
        v.created_at,
        v.updated_at,
        v.id,
      ]
    }),
  }
}

const scorecardOverlaps = (card: LocalRow<'scorecards'>, scope: ExportScope) => {
  const days = quarterDays(card.period)
  return days ? overlapsRange(days[0], days[1], scope.filter) : false
}

/**
 * Scorecards whose quarter overlaps the range; the grade computed here by the contract's rule,
 * as every screen does. Mine: of a vendor or agency of mine.
 */
export function scorecardTable(scope: ExportScope): CsvTable {
  const { filter } = scope
  const rows = scope.rows.scorecards
    .filter(
      (card) =>
        !card.deleted_at &&
        scorecardOverlaps(card, scope) &&
        scope.ofAccount(card.vendor_account_id, card.agency_account_id) &&
        (!filter.mineOnly || scope.onMine(card.vendor_account_id, card.agency_account_id)),
    )
    .sort(newestFirst((card) => `${card.period} ${card.updated_at}`))
  return {
    header: [
      'Quarter',
      'Vendor',
      'Agency',
      'Outcomes',
      'Responsiveness',
      'Collaboration',
      'Innovation',
      'Delivery',
      'Grade',
      'Weighted mean',
      'Comments',
      'Updated at',
      'ID',
    ],
    rows: rows.map((card) => {
      const result = scorecardGrade(card)
      return [
        card.period,
        scope.nameOf(card.vendor_account_id),
        scope.nameOf(card.agency_account_id),
        card.outcomes,
        card.responsiveness,
        card.collaboration,
        card.innovation,
        card.delivery,
        result?.grade,
        result ? Math.round(result.mean * 100) / 100 : null,
        card.comments,
        card.updated_at,
        card.id,
      ]
    }),
  }
}

/**
 * Risks raised in the range or due for review in it. Mine: owned by me, or unowned on my
 * relationships.
 */
export function riskTable(scope: ExportScope): CsvTable {
  const { filter } = scope
  const mine = (r: LocalRow<'risks'>) =>
    r.owner_user_id === filter.userId || (!r.owner_user_id && scope.onMine(r.account_id))
  const rows = scope.rows.risks
    .filter(
      (r) =>
        !r.deleted_at &&
        (inRange(dayOf(r.created_at), filter) ||
          (r.review_on !== null && inRange(r.review_on, filter))) &&
        scope.ofAccount(r.account_id, r.vendor_account_id) &&
        (!filter.mineOnly || mine(r)),
    )
    .sort(newestFirst((r) => r.created_at))
  const valueTitles = new Map(scope.rows.value_items.map((v) => [v.id, v.title]))
  return {
    header: [
      'Relationship',
      'Vendor',
      'Risk',
      'Kind',
      'Likelihood',
      'Impact',
      'Severity',
      'Level',
      'Status',
      'Owner',
      'Review on',
      'Description',
      'Mitigation',
      'Value item',
      'Created at',
      'ID',
    ],
    rows: rows.map((r) => {
      const severity = riskSeverity(r.likelihood, r.impact)
      return [
        scope.nameOf(r.account_id),
        scope.nameOf(r.vendor_account_id),
        r.title,
        riskKindLabels[r.kind],
        r.likelihood,
        r.impact,
        severity.score,
        severityLabels[severity.level],
        riskStatusLabels[r.status],
        scope.personOf(r.owner_user_id),
        r.review_on,
        r.description,
        r.mitigation,
        r.value_item_id ? (valueTitles.get(r.value_item_id) ?? '') : null,
        r.created_at,
        r.id,
      ]
    }),
  }
}
