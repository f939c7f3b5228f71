import { reviewOverdue, riskScale, riskSeverity } from '../../../api/contract/risk-register.ts'
import type { LocalRow } from '../../local/local-db.ts'

type Risk = Pick<LocalRow<'risks'>, 'likelihood' | 'impact' | 'status' | 'review_on' | 'title'>

/**
 * The register's order: live risks before closed ones; then those whose review is overdue;
 * then the most severe; then the nearest review; then by title.
 */
export function riskOrder(asOf: Date): (a: Risk, b: Risk) => number {
  return (a, b) =>
    Number(a.status === 'closed') - Number(b.status === 'closed') ||
    Number(reviewOverdue(b, asOf)) - Number(reviewOverdue(a, asOf)) ||
    riskSeverity(b.likelihood, b.impact).score - riskSeverity(a.likelihood, a.impact).score ||
    (a.review_on ?? '9999').localeCompare(b.review_on ?? '9999') ||
    a.title.localeCompare(b.title)
}

/** One cell of the heat grid: how many live risks sit at a likelihood and an impact. */
export type HeatCounts = number[][]

/**
 * Live (not closed) risks counted by impact and likelihood, `counts[impact - 1][likelihood - 1]`.
 *
 * @example
 * heatCounts(risks)[4][2] // risks of impact 5 and likelihood 3
 */
export function heatCounts(risks: readonly Risk[]): HeatCounts {
  const counts = riskScale.map(() => riskScale.map(() => 0))
  for (const risk of risks) {
    if (risk.status === 'closed') continue
    const row = counts[risk.impact - 1]
    if (row) row[risk.likelihood - 1] = (row[risk.likelihood - 1] ?? 0) + 1
  }
  return counts
}
