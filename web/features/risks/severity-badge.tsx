import { riskSeverity } from '../../../api/contract/risk-register.ts'
import { severityLabels } from './risk-text.ts'

/**
 * A risk's severity: likelihood × impact with its level in words (never colour alone).
 *
 * @example
 * <SeverityBadge likelihood={3} impact={5} /> // "15 High"
 */
export function SeverityBadge(props: { likelihood: number; impact: number }) {
  const { score, level } = riskSeverity(props.likelihood, props.impact)
  return (
    <span className={`severity-badge severity-${level}`} data-testid="severity">
      <span className="visually-hidden">Severity </span>
      <span className="severity-score">{score}</span> {severityLabels[level]}
    </span>
  )
}
