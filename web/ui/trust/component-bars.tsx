import {
  trustWeights,
  type TrustComponent,
  type TrustComponents,
} from '../../../api/contract/trust-index.ts'
import { componentLabels, percent } from './trust-text.ts'

const order = Object.keys(trustWeights) as TrustComponent[]

/**
 * The five components of a trust index as labelled bars: each one's value (0–100%), its weight,
 * and the points it adds to the score.
 */
export function ComponentBars({ components }: { components: TrustComponents }) {
  return (
    <ul className="trust-bars" data-testid="trust-components">
      {order.map((key) => {
        const value = components[key]
        const weight = Math.round(trustWeights[key] * 100)
        return (
          <li key={key} className="trust-bar">
            <span className="trust-bar-label">{componentLabels[key]}</span>
            <span className="trust-bar-value">{percent(value)}</span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar-fill" style={{ width: percent(value) }} />
            </span>
            <span className="trust-bar-weight">
              Weight {weight}% · {Math.round(value * weight)} of {weight} points
            </span>
          </li>
        )
      })}
    </ul>
  )
}
