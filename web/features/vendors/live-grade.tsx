import { scorecardGrade, type ScorecardRatings } from '../../../api/contract/scorecard-grade.ts'
import { GradeBadge } from './grade-badge.tsx'
import { gradeRuleText } from './scorecard-text.ts'

/**
 * The grade the ratings give, worked out as they are tapped (the contract's function, the same
 * the server keeps), announced politely, with the rule in words.
 */
export function LiveGrade({ ratings }: { ratings: ScorecardRatings }) {
  const result = scorecardGrade(ratings)
  return (
    <section className="live-grade" aria-labelledby="live-grade-title">
      <h2 id="live-grade-title" className="visually-hidden">
        Grade
      </h2>
      <div className="live-grade-result" aria-live="polite" data-testid="live-grade">
        <GradeBadge grade={result?.grade ?? null} size="large" />
        <p>
          {result
            ? `Weighted mean ${result.mean.toFixed(2)} from ${result.rated} of 5 ratings.`
            : 'No grade until at least one criterion is rated.'}
        </p>
      </div>
      <p className="field-hint">{gradeRuleText()}</p>
    </section>
  )
}
