import { quarterLabel, quarterOf } from '../../../api/contract/quarter.ts'
import { Link } from '../../app/link.tsx'
import { newScorecardHref } from '../../app/routes.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { useCanWrite } from '../../app/shell/signed-in.tsx'
import { GradeBadge } from './grade-badge.tsx'
import { GradeTrendChart } from './grade-trend-chart.tsx'
import { ScorecardCard } from './scorecard-card.tsx'
import { latestByAgency, vendorTrend } from '../../../api/contract/vendor-standing.ts'

function ScorecardList(props: {
  cards: LocalRow<'scorecards'>[]
  names: Map<string, string>
  canWrite: boolean
}) {
  return (
    <ul className="scorecard-list">
      {props.cards.map((card) => (
        <ScorecardCard
          key={card.id}
          card={card}
          agencyName={
            card.agency_account_id ? (props.names.get(card.agency_account_id) ?? null) : null
          }
          canWrite={props.canWrite}
        />
      ))}
    </ul>
  )
}

/**
 * A vendor held to outcomes, on its briefing: its latest standing overall and per agency
 * served, the trend across quarters, and every scorecard (for an agency or for none) with its
 * ratings and comments; scoring it again is one tap away.
 */
export function ScorecardsPanel(props: {
  vendor: LocalRow<'accounts'>
  scorecards: LocalRow<'scorecards'>[]
  names: Map<string, string>
}) {
  const canWrite = useCanWrite()
  const cards = [...props.scorecards].sort(
    (a, b) =>
      b.period.localeCompare(a.period) ||
      (props.names.get(a.agency_account_id ?? '') ?? '').localeCompare(
        props.names.get(b.agency_account_id ?? '') ?? '',
      ),
  )
  const trend = vendorTrend(cards)
  const latest = trend.at(-1)
  // The latest quarter's scorecards are open; the earlier ones are a tap away.
  const recent = cards.filter((card) => card.period === cards[0]?.period)
  const earlier = cards.slice(recent.length)
  const perAgency = [...latestByAgency(cards).values()].sort((a, b) =>
    (a.agencyId ? (props.names.get(a.agencyId) ?? '') : '').localeCompare(
      b.agencyId ? (props.names.get(b.agencyId) ?? '') : '',
    ),
  )
  return (
    <section className="panel" aria-labelledby="scorecards-title" data-testid="scorecards">
      <h2 id="scorecards-title" className="panel-title">
        Scorecards <span className="count">({cards.length})</span>
      </h2>
      {latest ? (
        <div className="vendor-standing">
          <GradeBadge grade={latest.grade} size="large" />
          <p>
            <strong>Latest, {quarterLabel(latest.period)}:</strong> a weighted mean of{' '}
            {latest.mean.toFixed(2)} over {latest.scorecardIds.length}{' '}
            {latest.scorecardIds.length === 1 ? 'scorecard' : 'scorecards'}.
          </p>
        </div>
      ) : (
        <p className="field-hint">
          Not scored yet. A quarterly scorecard holds the vendor to the outcomes it was hired for.
        </p>
      )}
      {perAgency.length > 0 && (
        <ul className="linked-list" aria-label="Latest grade per agency">
          {perAgency.map((entry) => (
            <li key={entry.agencyId ?? 'overall'} className="standing-row">
              <span>
                {entry.agencyId ? (props.names.get(entry.agencyId) ?? 'An agency') : 'Overall'}
              </span>
              <span className="standing-grade">
                <GradeBadge grade={entry.grade} /> {quarterLabel(entry.period)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <GradeTrendChart trend={trend} />
      {canWrite && (
        <Link
          href={newScorecardHref({ vendor: props.vendor.id, period: quarterOf(new Date()) })}
          className="button button-secondary"
        >
          Score {props.vendor.short_name ?? props.vendor.name}
        </Link>
      )}
      {recent.length > 0 && (
        <ScorecardList cards={recent} names={props.names} canWrite={canWrite} />
      )}
      {earlier.length > 0 && (
        <details className="disclosure disclosure-plain">
          <summary className="disclosure-summary">
            Earlier scorecards <span className="count">({earlier.length})</span>
          </summary>
          <ScorecardList cards={earlier} names={props.names} canWrite={canWrite} />
        </details>
      )}
    </section>
  )
}
