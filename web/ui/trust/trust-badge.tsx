import type { TrustIndex } from '../../../api/contract/trust-index.ts'
import { TrendArrow } from './trend-arrow.tsx'
import { bandLabels } from './trust-text.ts'

/**
 * A trust score in its band's colour with the band's name beside it (never colour alone) and,
 * unless left out, the 30-day trend.
 */
export function TrustBadge(props: {
  trust: Pick<TrustIndex, 'score' | 'band' | 'trend'>
  size?: 'small' | 'large'
  showTrend?: boolean
  scoreTestId?: string
}) {
  const { score, band, trend } = props.trust
  return (
    <span className={`trust-badge trust-badge-${props.size ?? 'small'} band-${band}`}>
      <span className="trust-badge-top">
        <span className="visually-hidden">Trust score </span>
        <span className="trust-badge-score" data-testid={props.scoreTestId}>
          {score}
        </span>
        {props.showTrend !== false && (
          <>
            <span className="visually-hidden">, </span>
            <TrendArrow trend={trend} />
          </>
        )}
      </span>
      <span className="trust-badge-band">
        <span className="visually-hidden">, </span>
        {bandLabels[band]}
      </span>
    </span>
  )
}
