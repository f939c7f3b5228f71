/**
 * A vendor's standing over its scorecards: quarter by quarter, and the latest per agency it
 * serves. Pure, for every screen that shows it (the briefing, across agencies, a lead's view).
 */
import {
  gradeForMean,
  scorecardGrade,
  type ScorecardGrade,
  type ScorecardRatings,
} from './scorecard-grade.ts'

export type StandingCard = ScorecardRatings & {
  id: string
  agency_account_id: string | null
  period: string
  deleted_at: string | null
}

/** How a vendor stood in one quarter, over all its graded scorecards of that quarter. */
export interface PeriodStanding {
  period: string
  /** The mean of the scorecards' weighted means. */
  mean: number
  grade: ScorecardGrade
  scorecardIds: string[]
}

/**
 * A vendor's standing quarter by quarter, oldest first: each quarter's scorecards (for every
 * agency, and for none) averaged, graded by the same floors as one scorecard. Quarters with
 * nothing rated are left out.
 *
 * @example
 * vendorTrend(cards) // [{ period: '2026-Q2', mean: 3.9, grade: 'B', scorecardIds: […] }, …]
 */
export function vendorTrend(cards: readonly StandingCard[]): PeriodStanding[] {
  const byPeriod = new Map<string, { sum: number; ids: string[] }>()
  for (const card of cards) {
    const result = card.deleted_at ? null : scorecardGrade(card)
    if (!result) continue
    const entry = byPeriod.get(card.period) ?? { sum: 0, ids: [] }
    entry.sum += result.mean
    entry.ids.push(card.id)
    byPeriod.set(card.period, entry)
  }
  return [...byPeriod.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, { sum, ids }]) => {
      const mean = sum / ids.length
      return { period, mean, grade: gradeForMean(mean), scorecardIds: ids }
    })
}

/** The latest graded scorecard for one agency (or for none). */
export interface LatestGrade {
  agencyId: string | null
  grade: ScorecardGrade
  period: string
  scorecardId: string
}

/**
 * The latest graded scorecard per agency served, and for the vendor with no agency (key null).
 *
 * @example
 * latestByAgency(cards).get(null) // the latest overall scorecard, if there is one
 */
export function latestByAgency(cards: readonly StandingCard[]): Map<string | null, LatestGrade> {
  const latest = new Map<string | null, LatestGrade>()
  for (const card of cards) {
    const grade = card.deleted_at ? undefined : scorecardGrade(card)?.grade
    if (!grade) continue
    const key = card.agency_account_id
    const found = latest.get(key)
    if (!found || found.period < card.period) {
      latest.set(key, { agencyId: key, grade, period: card.period, scorecardId: card.id })
    }
  }
  return latest
}
