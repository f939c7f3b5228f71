import { riskScale, riskSeverity } from '../../../api/contract/risk-register.ts'
import type { HeatCounts } from './risk-order.ts'
import { impactLabels, likelihoodLabels, severityLabels } from './risk-text.ts'

/** A cell of the grid: likelihood and impact, 1–5. */
export interface HeatCell {
  likelihood: number
  impact: number
}

/**
 * Live risks as a 5 × 5 heat grid — impact up the side, likelihood along the bottom — each cell
 * coloured by its severity and holding its count; a cell with risks is a toggle that shows
 * only them. A table, so a screen reader reads each cell with its row and column.
 *
 * @example
 * <HeatGrid counts={heatCounts(risks)} selected={cell} onSelect={setCell} />
 */
export function HeatGrid(props: {
  counts: HeatCounts
  selected: HeatCell | null
  onSelect: (cell: HeatCell | null) => void
}) {
  const { selected } = props
  return (
    <table className="heat-grid">
      <caption className="visually-hidden">Live risks by impact (rows) and likelihood</caption>
      <thead>
        <tr>
          <th scope="col" className="heat-corner">
            <span className="visually-hidden">Impact</span>
          </th>
          {riskScale.map((likelihood) => (
            <th key={likelihood} scope="col" className="heat-axis">
              <span aria-hidden="true">{likelihood}</span>
              <span className="visually-hidden">Likelihood {likelihoodLabels[likelihood]}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...riskScale].reverse().map((impact) => (
          <tr key={impact}>
            <th scope="row" className="heat-axis">
              <span aria-hidden="true">{impact}</span>
              <span className="visually-hidden">Impact {impactLabels[impact]}</span>
            </th>
            {riskScale.map((likelihood) => {
              const count = props.counts[impact - 1]?.[likelihood - 1] ?? 0
              const { level, score } = riskSeverity(likelihood, impact)
              const isSelected = selected?.impact === impact && selected.likelihood === likelihood
              const label = `${count} ${count === 1 ? 'risk' : 'risks'}, severity ${score}, ${severityLabels[level]}`
              return (
                <td key={likelihood} className={`heat-cell severity-${level}`}>
                  {count > 0 ? (
                    <button
                      type="button"
                      className="heat-button"
                      aria-pressed={isSelected}
                      aria-label={label}
                      onClick={() => props.onSelect(isSelected ? null : { likelihood, impact })}
                    >
                      {count}
                    </button>
                  ) : (
                    <span className="heat-empty" aria-label={label} role="img" />
                  )}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td />
          <td colSpan={5} className="heat-legend">
            Likelihood →
          </td>
        </tr>
      </tfoot>
    </table>
  )
}
