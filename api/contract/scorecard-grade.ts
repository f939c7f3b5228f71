/**
 * The vendor scorecard grade of PRODUCT.md: one pure function, shown on every device at once and
 * kept by the server on every write. The server's copy is SQL (`public.scorecard_grade`, run by
 * a trigger so that no writer can store another grade); a test runs both over every possible
 * scorecard and requires the same answer.
 */

/**
 * The five criteria and their weights. Outcomes weigh double because the NASCIO paper judges
 * vendors "against real business objectives and citizen outcomes", not schedule and budget.
 */
export const scorecardWeights = {
  outcomes: 2,
  responsiveness: 1,
  collaboration: 1,
  innovation: 1,
  delivery: 1,
} as const
export type ScorecardCriterion = keyof typeof scorecardWeights
export const scorecardCriteria = Object.keys(scorecardWeights) as ScorecardCriterion[]

export const scorecardGrades = ['A', 'B', 'C', 'D', 'F'] as const
export type ScorecardGrade = (typeof scorecardGrades)[number]

/** The lowest weighted mean of each grade, best first; below the last one is an F. */
export const gradeFloors: readonly { grade: ScorecardGrade; min: number }[] = [
  { grade: 'A', min: 4.5 },
  { grade: 'B', min: 3.75 },
  { grade: 'C', min: 3.0 },
  { grade: 'D', min: 2.25 },
]

export type ScorecardRatings = Record<ScorecardCriterion, number | null>

export interface ScorecardResult {
  grade: ScorecardGrade
  /** The weighted mean of the rated criteria, 1..5. */
  mean: number
  /** How many of the five criteria were rated. */
  rated: number
}

/**
 * The grade of a scorecard over its rated criteria only: a criterion left out (null) drops
 * out and the weights of the rest renormalise. Null when nothing is rated.
 *
 * @example
 * // outcomes 4 (×2), the other four 3: (8 + 12) / 6 = 3.33… → C
 * scorecardGrade({ outcomes: 4, responsiveness: 3, collaboration: 3, innovation: 3, delivery: 3 })
 */
export function scorecardGrade(ratings: ScorecardRatings): ScorecardResult | null {
  let sum = 0
  let weights = 0
  let rated = 0
  for (const criterion of scorecardCriteria) {
    const rating = ratings[criterion]
    if (rating == null) continue
    sum += scorecardWeights[criterion] * rating
    weights += scorecardWeights[criterion]
    rated += 1
  }
  if (weights === 0) return null
  // Exact at the edges: a mean that equals a floor (15 / 4 = 3.75) is a dyadic fraction, which
  // the division gives without rounding.
  const mean = sum / weights
  return { grade: gradeForMean(mean), mean, rated }
}

/**
 * The grade a weighted mean earns, by the floors above.
 *
 * @example
 * gradeForMean(3.75) // 'B'
 */
export function gradeForMean(mean: number): ScorecardGrade {
  return gradeFloors.find(({ min }) => mean >= min)?.grade ?? 'F'
}

/** What makes a scorecard one of a kind: at most one live scorecard per slot. */
export interface ScorecardSlot {
  vendor_account_id: string
  /** The agency the vendor served, or null for a scorecard of the vendor overall. */
  agency_account_id: string | null
  period: string
}

/**
 * Whether two scorecards are for the same vendor, agency (or none) and period — the rule the
 * database's unique index `scorecards_one_live_per_period` holds on the server.
 */
export function sameScorecardSlot(a: ScorecardSlot, b: ScorecardSlot): boolean {
  return (
    a.vendor_account_id === b.vendor_account_id &&
    (a.agency_account_id ?? null) === (b.agency_account_id ?? null) &&
    a.period === b.period
  )
}
