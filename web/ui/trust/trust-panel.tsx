import type { TrustIndex } from '../../../api/contract/trust-index.ts'
import { ComponentBars } from './component-bars.tsx'
import { TrustBadge } from './trust-badge.tsx'
import { bandLabels, trendText } from './trust-text.ts'

const bandAdvice: Record<TrustIndex['band'], string> = {
  strong: 'Keep the cadence and the promises.',
  steady: 'Worth attention before it slips.',
  at_risk: 'Needs attention now.',
}

/**
 * A relationship's trust index: the score in its band with the trend, the reasons (the weakest
 * drivers, in words) and the five components as bars.
 */
export function TrustPanel({ trust }: { trust: TrustIndex }) {
  return (
    <section className="panel trust-panel" aria-labelledby="trust-title">
      <h2 id="trust-title" className="panel-title">
        Trust index
      </h2>
      <div className="trust-summary">
        <TrustBadge trust={trust} size="large" scoreTestId="trust-score" />
        <p className="trust-summary-text">
          <strong>{bandLabels[trust.band]}.</strong> {bandAdvice[trust.band]}{' '}
          <span className="trust-summary-trend">Score {trendText(trust.trend)}.</span>
        </p>
      </div>
      <h3 className="trust-subtitle">Why</h3>
      {trust.reasons.length === 0 ? (
        <p className="field-hint" data-testid="trust-reasons">
          Nothing is dragging this score down.
        </p>
      ) : (
        <ul className="trust-reasons" data-testid="trust-reasons">
          {trust.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      <h3 className="trust-subtitle">Components</h3>
      <ComponentBars components={trust.components} />
    </section>
  )
}
