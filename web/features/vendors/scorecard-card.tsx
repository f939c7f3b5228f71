import { quarterLabel } from '../../../api/contract/quarter.ts'
import { scorecardCriteria, scorecardGrade } from '../../../api/contract/scorecard-grade.ts'
import { Link } from '../../app/link.tsx'
import { scorecardHref } from '../../app/routes.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { GradeBadge } from './grade-badge.tsx'
import { criterionText } from './scorecard-text.ts'

/**
 * One scorecard: its quarter and agency (or "Overall"), the grade the contract's function
 * gives its ratings, the five ratings and the comments; a link to edit it for those who may.
 */
export function ScorecardCard(props: {
  card: LocalRow<'scorecards'>
  agencyName: string | null
  canWrite: boolean
}) {
  const { card } = props
  const result = scorecardGrade(card)
  return (
    <li className="scorecard" data-testid="scorecard">
      <div className="scorecard-head">
        <GradeBadge grade={result?.grade ?? null} />
        <p className="scorecard-title">
          {quarterLabel(card.period)} ·{' '}
          {card.agency_account_id ? (props.agencyName ?? 'An agency') : 'Overall'}
        </p>
        {props.canWrite && (
          <Link href={scorecardHref(card.id)} className="button button-quiet button-small">
            Edit<span className="visually-hidden"> the {quarterLabel(card.period)} scorecard</span>
          </Link>
        )}
      </div>
      <dl className="scorecard-ratings">
        {scorecardCriteria.map((criterion) => (
          <div key={criterion} className="scorecard-rating">
            <dt>{criterionText[criterion].label}</dt>
            <dd>{card[criterion] ?? '–'}</dd>
          </div>
        ))}
      </dl>
      {result && (
        <p className="item-meta">
          Weighted mean {result.mean.toFixed(2)} from {result.rated} of 5 ratings
        </p>
      )}
      {card.comments && <p className="scorecard-comments prewrap">{card.comments}</p>}
    </li>
  )
}
