import { gradeFloors } from '../../../api/contract/scorecard-grade.ts'
import { quarterLabel } from '../../../api/contract/quarter.ts'
import type { PeriodStanding } from '../../../api/contract/vendor-standing.ts'

const width = 280
const height = 160
const left = 34
const right = 26
const top = 20
const bottom = 26
const y = (mean: number) => top + ((5 - mean) / 4) * (height - top - bottom)

/**
 * A vendor's standing quarter by quarter: each quarter's mean (1–5) as a point with its grade,
 * over lines at the floor of each grade; the same figures as a table for screen readers.
 *
 * @example
 * <GradeTrendChart trend={vendorTrend(cards)} />
 */
export function GradeTrendChart({ trend }: { trend: PeriodStanding[] }) {
  if (trend.length === 0) return null
  const step = trend.length > 1 ? (width - left - right) / (trend.length - 1) : 0
  const x = (index: number) => (trend.length > 1 ? left + index * step : (left + width - right) / 2)
  const points = trend.map((p, index) => `${x(index)},${y(p.mean)}`).join(' ')
  return (
    <figure className="grade-trend">
      <svg
        className="grade-trend-chart"
        viewBox={`0 0 ${width} ${height}`}
        aria-hidden="true"
        focusable="false"
      >
        {gradeFloors.map(({ grade, min }) => (
          <g key={grade}>
            <line
              className="grade-trend-floor"
              x1={left}
              x2={width - right}
              y1={y(min)}
              y2={y(min)}
            />
            <text className="grade-trend-floor-label" x={4} y={y(min) - 3}>
              {grade}
            </text>
          </g>
        ))}
        {trend.length > 1 && <polyline className="grade-trend-line" points={points} />}
        {trend.map((p, index) => (
          <g key={p.period} className={`grade-trend-point grade-${p.grade}`}>
            <circle cx={x(index)} cy={y(p.mean)} r={5} />
            <text className="grade-trend-grade" x={x(index)} y={y(p.mean) - 9} textAnchor="middle">
              {p.grade}
            </text>
            <text className="grade-trend-period" x={x(index)} y={height - 6} textAnchor="middle">
              {quarterLabel(p.period, 'short')}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="field-hint">
        Quarter by quarter: the mean of that quarter’s scorecards, with the line where each grade
        starts.
      </figcaption>
      <table className="visually-hidden">
        <caption>Grade by quarter</caption>
        <thead>
          <tr>
            <th scope="col">Quarter</th>
            <th scope="col">Grade</th>
            <th scope="col">Weighted mean</th>
            <th scope="col">Scorecards</th>
          </tr>
        </thead>
        <tbody>
          {trend.map((p) => (
            <tr key={p.period}>
              <td>{quarterLabel(p.period)}</td>
              <td>{p.grade}</td>
              <td>{p.mean.toFixed(2)}</td>
              <td>{p.scorecardIds.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
