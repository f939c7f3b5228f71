import { quarterLabel } from '../../../api/contract/quarter.ts'
import { scorecardGrade } from '../../../api/contract/scorecard-grade.ts'
import { Link } from '../../app/link.tsx'
import { relationshipHref, scorecardHref, valueItemHref } from '../../app/routes.ts'
import { linkEvidence } from './link-evidence.ts'
import type { SupplierLink } from './supplier-links.ts'
import type { RowsBehind } from './use-cross-agency.ts'

/**
 * What a vendor–agency link rests on, folded under a one-line summary: each value item and
 * scorecard (links to them) and each forum both sit on.
 */
export function LinkRows(props: {
  link: SupplierLink
  rows: RowsBehind
  /** The two sides' names, for the summary's text alternative. */
  between: string
  canWrite: boolean
}) {
  const { link, rows } = props
  const cards = link.scorecardIds
    .flatMap((id) => rows.scorecards.get(id) ?? [])
    .sort((a, b) => b.period.localeCompare(a.period))
  return (
    <details className="disclosure disclosure-plain">
      <summary className="disclosure-summary">
        <span className="visually-hidden">What links {props.between}: </span>
        <span className="disclosure-note">{linkEvidence(link)}</span>
      </summary>
      <ul className="link-rows-list">
        {link.valueItemIds.map((id) => (
          <li key={id}>
            <Link href={valueItemHref(id)}>{rows.valueItems.get(id)?.title ?? 'A value item'}</Link>
          </li>
        ))}
        {cards.map((card) => (
          <li key={card.id}>
            <Link href={props.canWrite ? scorecardHref(card.id) : relationshipHref(link.vendorId)}>
              Scorecard {quarterLabel(card.period)}: {scorecardGrade(card)?.grade ?? 'not rated'}
            </Link>
          </li>
        ))}
        {link.forumIds.map((id) => (
          <li key={id}>Both sit on {rows.forums.get(id) ?? 'a forum'}</li>
        ))}
      </ul>
    </details>
  )
}
