import { Link } from '../../app/link.tsx'
import { formatDate } from '../../app/relative-time.ts'
import { decisionHref } from '../../app/routes.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { decisionStatusLabels } from './governance-text.ts'

/**
 * Decisions in a list: title (a link to the decision), status, day, where it was taken and why.
 */
export function DecisionList(props: {
  decisions: readonly LocalRow<'decisions'>[]
  /** Where a decision was taken, in words ('IT Governance Council'), when the list mixes places. */
  placeOf?: (decision: LocalRow<'decisions'>) => string | null
  now: Date
}) {
  return (
    <ul className="item-list" data-testid="decisions">
      {props.decisions.map((decision) => {
        const place = props.placeOf?.(decision)
        return (
          <li key={decision.id} className="decision">
            <p className="decision-head">
              <Link href={decisionHref(decision.id)} className="decision-title">
                {decision.title}
              </Link>
              <span className={`tag decision-${decision.status}`}>
                {decisionStatusLabels[decision.status]}
              </span>
            </p>
            <p className="item-meta">
              {[
                decision.decided_on &&
                  formatDate(new Date(`${decision.decided_on}T12:00:00Z`), props.now),
                place,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {decision.rationale && <p className="decision-rationale">{decision.rationale}</p>}
          </li>
        )
      })}
    </ul>
  )
}
