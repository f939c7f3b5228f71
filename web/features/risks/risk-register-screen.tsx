import { useMemo, useState } from 'react'
import { reviewOverdue, riskSeverity } from '../../../api/contract/risk-register.ts'
import { Link } from '../../app/link.tsx'
import { newRiskHref } from '../../app/routes.ts'
import { useNow } from '../../app/use-now.ts'
import { useQueryParam } from '../../app/use-query-param.ts'
import { ChoiceGroup } from '../../ui/forms/choice-group.tsx'
import { EmptyState, Screen } from '../../ui/screen.tsx'
import { useMayWrite } from '../../app/shell/signed-in.tsx'
import { HeatGrid, type HeatCell } from './heat-grid.tsx'
import { RiskCard } from './risk-card.tsx'
import { heatCounts, riskOrder } from './risk-order.ts'
import { useRisks } from './use-risks.ts'

const shows = [
  { value: 'live', label: 'Live' },
  { value: 'overdue', label: 'Review overdue' },
  { value: 'closed', label: 'Closed' },
] as const
type Show = (typeof shows)[number]['value']

/**
 * The org's risk register, offline: live risks as a 5 × 5 heat grid (a cell shows only its
 * risks), and the list — overdue reviews first, then the most severe — live, overdue or closed.
 */
export function RiskRegisterScreen() {
  const now = useNow(60_000)
  const canWrite = useMayWrite('risks')
  const entries = useRisks()
  const [param, setParam] = useQueryParam('show')
  const show: Show = shows.some((s) => s.value === param) ? (param as Show) : 'live'
  const [chosenCell, setCell] = useState<HeatCell | null>(null)
  const counts = useMemo(() => heatCounts(entries?.map((e) => e.risk) ?? []), [entries])
  // A cell emptied since it was chosen (its last risk closed or re-rated) no longer filters.
  const cell =
    chosenCell && (counts[chosenCell.impact - 1]?.[chosenCell.likelihood - 1] ?? 0) > 0
      ? chosenCell
      : null
  const shown = (entries ?? [])
    .filter(({ risk }) => {
      if (show === 'closed') return risk.status === 'closed'
      if (risk.status === 'closed') return false
      if (show === 'overdue' && !reviewOverdue(risk, now)) return false
      return !cell || (risk.likelihood === cell.likelihood && risk.impact === cell.impact)
    })
    .sort((a, b) => riskOrder(now)(a.risk, b.risk))
  const live = (entries ?? []).filter((e) => e.risk.status !== 'closed')
  const high = live.filter((e) => riskSeverity(e.risk.likelihood, e.risk.impact).level === 'high')
  const overdue = live.filter((e) => reviewOverdue(e.risk, now))

  return (
    <Screen title="Risks">
      {!entries ? (
        <p className="loading-note">Loading…</p>
      ) : entries.length === 0 ? (
        <EmptyState title="No risks recorded">
          Contract, supply-chain, project, investment, intellectual-property and security risks of
          each relationship appear here, with who owns them and when they are reviewed.
        </EmptyState>
      ) : (
        <>
          <section className="panel" aria-labelledby="heat-title">
            <h2 id="heat-title" className="panel-title">
              Live risks <span className="count">({live.length})</span>
            </h2>
            <p className="field-hint">
              {high.length} high · {overdue.length} with the review overdue. Impact up the side,
              likelihood along the bottom; tap a cell to see its risks.
            </p>
            <HeatGrid counts={counts} selected={cell} onSelect={setCell} />
          </section>
          <ChoiceGroup
            legend="Show"
            options={shows}
            value={show}
            onChange={(value) => {
              setParam(value === 'live' ? '' : value)
              if (value === 'closed') setCell(null)
            }}
            columns={3}
          />
          <section className="panel" aria-labelledby="risk-list-title">
            <h2 id="risk-list-title" className="panel-title">
              {cell ? `Likelihood ${cell.likelihood}, impact ${cell.impact}` : 'Register'}{' '}
              <span className="count">({shown.length})</span>
            </h2>
            {cell && (
              <button
                type="button"
                className="button button-quiet button-small"
                onClick={() => setCell(null)}
              >
                Show every cell
              </button>
            )}
            {shown.length === 0 ? (
              <p className="field-hint">Nothing here.</p>
            ) : (
              <ul className="item-list">
                {shown.map((entry) => (
                  <RiskCard key={entry.risk.id} entry={entry} showAccount now={now} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      {canWrite && (
        <Link href={newRiskHref()} className="button button-secondary button-block">
          Raise a risk
        </Link>
      )}
    </Screen>
  )
}
