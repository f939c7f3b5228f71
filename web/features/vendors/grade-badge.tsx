import type { ScorecardGrade } from '../../../api/contract/scorecard-grade.ts'

/**
 * A scorecard grade as a letter in its colour (the letter always says it; colour only helps).
 */
export function GradeBadge(props: { grade: ScorecardGrade | null; size?: 'small' | 'large' }) {
  const { grade } = props
  return (
    <span
      className={`grade-badge grade-badge-${props.size ?? 'small'} grade-${grade ?? 'none'}`}
      data-testid="grade"
    >
      <span className="visually-hidden">{grade ? 'Grade ' : 'No grade: nothing rated'}</span>
      <span aria-hidden={grade ? undefined : true}>{grade ?? '–'}</span>
    </span>
  )
}
