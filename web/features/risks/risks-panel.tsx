import { Link } from '../../app/link.tsx'
import { newRiskHref } from '../../app/routes.ts'
import { useNow } from '../../app/use-now.ts'
import { useMayWrite } from '../../app/shell/signed-in.tsx'
import { RiskCard } from './risk-card.tsx'
import { riskOrder } from './risk-order.ts'
import { useRisks } from './use-risks.ts'

/**
 * A relationship's live risks on its briefing, overdue reviews and the most severe first, and
 * raising one.
 */
export function RisksPanel({ accountId }: { accountId: string }) {
  const now = useNow(60_000)
  const canWrite = useMayWrite('risks')
  const entries = useRisks(accountId)
  const live = (entries ?? [])
    .filter((e) => e.risk.status !== 'closed')
    .sort((a, b) => riskOrder(now)(a.risk, b.risk))
  return (
    <section className="panel" aria-labelledby="risks-title" data-testid="risks">
      <h2 id="risks-title" className="panel-title">
        Risks {entries && <span className="count">({live.length})</span>}
      </h2>
      {!entries ? (
        <p className="loading-note">Loading…</p>
      ) : live.length === 0 ? (
        <p className="field-hint">No live risks recorded for this relationship.</p>
      ) : (
        <ul className="item-list">
          {live.map((entry) => (
            <RiskCard key={entry.risk.id} entry={entry} showAccount={false} now={now} />
          ))}
        </ul>
      )}
      {canWrite && (
        <Link href={newRiskHref(accountId)} className="button button-secondary">
          Raise a risk
        </Link>
      )}
    </section>
  )
}
