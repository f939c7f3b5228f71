import { memo } from 'react'
import { Link } from '../../app/link.tsx'
import { relationshipHref } from '../../app/routes.ts'
import { accountKindLabels } from '../relationship/account-labels.ts'
import { TrustBadge } from '../../ui/trust/trust-badge.tsx'
import { contactText } from '../../ui/trust/trust-text.ts'
import type { PortfolioRow as Row } from './use-portfolio.ts'

function overdueText(count: number): string {
  return count === 0 ? 'None overdue' : `${count} overdue`
}

/**
 * One relationship in the portfolio, as one link of fixed height: name, kind (and, in
 * everyone's list, its manager), overdue count, trust score (band colour and word, trend) and
 * days since contact against the target.
 */
export const PortfolioRow = memo(function PortfolioRow(props: {
  row: Row
  showMine: boolean
  /** Its primary manager's name, shown when the list is everyone's. */
  owner?: string | null
}) {
  const { row } = props
  return (
    <li className="portfolio-item">
      <Link
        href={relationshipHref(row.id)}
        className={`portfolio-row band-${row.band}`}
        data-testid="portfolio-row"
        data-score={row.trust.score}
      >
        <span className="portfolio-row-head">
          <span className="portfolio-row-name">{row.name}</span>
          {props.showMine && row.mine && (
            <>
              <span className="visually-hidden">, </span>
              <span className="tag">Yours</span>
            </>
          )}
        </span>
        <span className="portfolio-row-kind">
          {accountKindLabels[row.kind]}
          {props.owner !== undefined && ` · ${props.owner ?? 'No manager'}`}
        </span>
        <span className="visually-hidden">, </span>
        <span className={row.overdueCount ? 'portfolio-row-due overdue' : 'portfolio-row-due'}>
          {overdueText(row.overdueCount)}
        </span>
        <span className="visually-hidden">, </span>
        <TrustBadge trust={row.trust} />
        <span className="visually-hidden">, </span>
        <span className="portfolio-row-contact">
          {contactText(row.daysSinceContact, row.cadenceDays)}
        </span>
      </Link>
    </li>
  )
})
