import { trendArrow, trendText } from './trust-text.ts'

const direction = (trend: number) => (trend > 0 ? 'up' : trend < 0 ? 'down' : 'level')

/**
 * The 30-day trend as an arrow and a number, read out in words ("up 6 since last month").
 */
export function TrendArrow({ trend }: { trend: number }) {
  return (
    <span className={`trend trend-${direction(trend)}`}>
      <span aria-hidden="true">
        {trendArrow(trend)}
        {Math.abs(trend)}
      </span>
      <span className="visually-hidden">{trendText(trend)}</span>
    </span>
  )
}
