import { trustWindowDays } from '../../../api/contract/trust-index.ts'
import { Link } from '../../app/link.tsx'
import { formatDate } from '../../app/relative-time.ts'
import { checkinDetailHref, relationshipHref } from '../../app/routes.ts'
import { Figure, type FigureRow } from './figure.tsx'
import type { ManagerFigures, TeamAccount } from './team-figures.ts'

/**
 * One manager's figures: their relationships (a link to that list in the portfolio), those at
 * risk, with overdue commitments, past their cadence, the strategic-seat share, and check-ins
 * of the last 30 days; each opening onto the relationships behind it.
 */
export function ManagerCard(props: {
  manager: ManagerFigures
  accounts: Map<string, TeamAccount>
}) {
  const { manager } = props
  const rows = (ids: string[], detail?: (a: TeamAccount) => string): FigureRow[] =>
    ids.flatMap((id) => {
      const account = props.accounts.get(id)
      if (!account) return []
      return [{ id, label: account.name, href: relationshipHref(id), detail: detail?.(account) }]
    })
  const seat = manager.strategicSeatShare
  return (
    <li className="panel team-card" data-testid="manager">
      <div className="supplier-head">
        <h3 className="supplier-name">{manager.name}</h3>
        <Link href={`/?owner=${encodeURIComponent(manager.userId)}`} className="item-meta">
          {manager.relationships.length} relationships
        </Link>
      </div>
      <div className="figures">
        <Figure label="at risk" rows={rows(manager.atRisk, (a) => `score ${a.score}`)} />
        <Figure
          label="overdue commitments of ours"
          value={String(manager.overdue.count)}
          rows={rows(manager.overdue.ids, (a) => `${a.overdueCount} overdue`)}
        />
        <Figure
          label="past their cadence"
          rows={rows(manager.cadenceBreaches, (a) =>
            a.daysSinceContact === null ? 'never contacted' : `${a.daysSinceContact} days`,
          )}
        />
        <Figure
          label={`with a strategic seat (${trustWindowDays.strategicSeat} days)`}
          value={seat === null ? '–' : `${Math.round(seat * 100)}%`}
          rowsTitle="Those without one:"
          rows={rows(manager.withoutStrategicSeat)}
        />
        <Figure
          label="check-ins in 30 days"
          rows={manager.checkinsLast30.map((c) => ({
            id: c.id,
            label: props.accounts.get(c.account_id)?.name ?? 'A relationship',
            href: checkinDetailHref(c.id),
            detail: formatDate(new Date(c.occurred_at), new Date()),
          }))}
        />
      </div>
    </li>
  )
}
