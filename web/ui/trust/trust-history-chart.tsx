import { useState } from 'react'
import type { TrustPoint } from '../../../api/contract/trust-history.ts'
import { bandFloors } from '../../../api/contract/trust-index.ts'
import { formatDate } from '../../app/relative-time.ts'
import { bandLabels } from './trust-text.ts'

const width = 280
const height = 120
const left = 8
const right = 8
const top = 8
const bottom = 8
const y = (score: number) => top + ((100 - score) / 100) * (height - top - bottom)

/**
 * The trust index over the last 26 weeks: a line over the strong and steady band lines
 * (`bandFloors`), with a slider to pick a week — a tap on the chart, a drag, or the arrow keys — whose
 * score and reasons show beneath; every week also as a table for screen readers.
 *
 * @example
 * <TrustHistoryChart points={trustHistory(account, checkins, items, contacts, now, options)} now={now} />
 */
export function TrustHistoryChart({ points, now }: { points: TrustPoint[]; now: Date }) {
  const [picked, setPicked] = useState(points.length - 1)
  const point = points[picked]
  const x = (index: number) =>
    left + (index / Math.max(1, points.length - 1)) * (width - left - right)
  const line = points.map((p, index) => `${x(index)},${y(p.score)}`).join(' ')
  const weekOf = (p: TrustPoint) => formatDate(new Date(p.asOf), now)
  if (!point) return null
  return (
    <section className="panel" aria-labelledby="trust-history-title" data-testid="trust-history">
      <h2 id="trust-history-title" className="panel-title">
        Trust over 26 weeks
      </h2>
      <div className="trust-history">
        <svg className="trust-history-chart" viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
          {(['strong', 'steady'] as const).map((band) => (
            <g key={band}>
              <line
                className="trust-history-band"
                x1={left}
                x2={width - right}
                y1={y(bandFloors[band])}
                y2={y(bandFloors[band])}
              />
              <text
                className="trust-history-band-label"
                x={width - right}
                y={y(bandFloors[band]) - 3}
                textAnchor="end"
              >
                {bandLabels[band]}
              </text>
            </g>
          ))}
          <polyline className="trust-history-line" points={line} />
          <circle
            className={`trust-history-point band-${point.band}`}
            cx={x(picked)}
            cy={y(point.score)}
            r={5}
          />
        </svg>
        <input
          type="range"
          className="trust-history-slider"
          min={0}
          max={points.length - 1}
          value={picked}
          aria-label="Week"
          aria-valuetext={`Week of ${weekOf(point)}: ${point.score}, ${bandLabels[point.band]}`}
          onChange={(event) => setPicked(Number(event.target.value))}
        />
      </div>
      <div aria-live="polite" className="trust-history-week">
        <p>
          <strong>
            Week of {weekOf(point)}: {point.score}
          </strong>{' '}
          · {bandLabels[point.band]}
        </p>
        {point.reasons.length > 0 && (
          <ul className="trust-reasons">
            {point.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        )}
      </div>
      <table className="visually-hidden">
        <caption>Trust index by week</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">Score</th>
            <th scope="col">Band</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.asOf}>
              <td>{weekOf(p)}</td>
              <td>{p.score}</td>
              <td>{bandLabels[p.band]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
