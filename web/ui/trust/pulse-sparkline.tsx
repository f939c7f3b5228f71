import { sparklineLabel, sparklinePoints } from './sparkline-geometry.ts'

const width = 120
const height = 32
const pad = 4

/**
 * A tiny line of trust pulses (1–5), oldest at the left, with its readings as its text
 * alternative.
 */
export function PulseSparkline({ pulses }: { pulses: readonly number[] }) {
  const points = sparklinePoints(pulses, width, height, pad)
  const last = pulses.length ? points.split(' ').at(-1)?.split(',') : undefined
  return (
    <svg
      className="sparkline"
      role="img"
      aria-label={sparklineLabel(pulses)}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
    >
      <line className="sparkline-mid" x1={pad} x2={width - pad} y1={height / 2} y2={height / 2} />
      {pulses.length > 1 && <polyline className="sparkline-line" points={points} />}
      {last && <circle className="sparkline-dot" cx={last[0]} cy={last[1]} r={3} />}
    </svg>
  )
}
