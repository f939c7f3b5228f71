import { reviewOverdue } from '../../../api/contract/risk-register.ts'
import { Link } from '../../app/link.tsx'
import { formatDate } from '../../app/relative-time.ts'
import { riskHref } from '../../app/routes.ts'
import { SeverityBadge } from './severity-badge.tsx'
import { riskKindLabels, riskStatusLabels } from './risk-text.ts'
import type { RiskEntry } from './use-risks.ts'

/**
 * One risk in a list: its title (a link to it) and severity, kind, status and who owns it,
 * where it sits (relationship, vendor, value item), the review day — marked when overdue — and
 * the mitigation.
 */
export function RiskCard(props: { entry: RiskEntry; showAccount: boolean; now: Date }) {
  const { risk, accountName, vendorName, valueTitle, ownerName } = props.entry
  const overdue = reviewOverdue(risk, props.now)
  const where = [
    props.showAccount && accountName,
    vendorName && `Vendor: ${vendorName}`,
    valueTitle && `Value: ${valueTitle}`,
  ].filter(Boolean)
  return (
    <li className="risk-card" data-testid="risk">
      <div className="risk-head">
        <Link href={riskHref(risk.id)} className="risk-title">
          {risk.title}
        </Link>
        <SeverityBadge likelihood={risk.likelihood} impact={risk.impact} />
      </div>
      <p className="item-meta">
        {riskKindLabels[risk.kind]} · {riskStatusLabels[risk.status]} ·{' '}
        {ownerName ? `Owner ${ownerName}` : 'No owner'}
      </p>
      {where.length > 0 && <p className="item-meta">{where.join(' · ')}</p>}
      {risk.review_on && (
        <p className={overdue ? 'item-meta item-meta-overdue' : 'item-meta'}>
          {overdue ? 'Review overdue: ' : 'Review '}
          {formatDate(new Date(`${risk.review_on}T12:00:00Z`), props.now)}
        </p>
      )}
      {risk.mitigation && <p className="risk-mitigation">Mitigation: {risk.mitigation}</p>}
    </li>
  )
}
