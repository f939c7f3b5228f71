/** A pulse reading on the 1–5 scale, oldest first when in a list. */
export interface PulsePoint {
  at: string
  pulse: number
}

/**
 * The SVG polyline points of pulses (1–5) spread evenly across a box, oldest at the left, 5 at
 * the top; a lone reading sits in the middle.
 *
 * @example
 * sparklinePoints([1, 5], 100, 20, 2) // '2,18 98,2'
 */
export function sparklinePoints(
  pulses: readonly number[],
  width: number,
  height: number,
  pad: number,
): string {
  const innerW = width - 2 * pad
  const innerH = height - 2 * pad
  const step = pulses.length > 1 ? innerW / (pulses.length - 1) : 0
  return pulses
    .map((pulse, i) => {
      const x = pulses.length > 1 ? pad + i * step : width / 2
      const y = pad + ((5 - pulse) / 4) * innerH
      return `${round(x)},${round(y)}`
    })
    .join(' ')
}

const round = (n: number) => Math.round(n * 10) / 10

/**
 * What a sparkline of pulses says, for those who cannot see it.
 *
 * @example
 * sparklineLabel([3, 4, 2]) // 'Trust pulse over the last 3 readings, oldest first: 3, 4, 2 (of 5)'
 */
export function sparklineLabel(pulses: readonly number[]): string {
  if (pulses.length === 0) return 'No trust pulse readings yet'
  if (pulses.length === 1) return `One trust pulse reading: ${pulses[0]} of 5`
  return `Trust pulse over the last ${pulses.length} readings, oldest first: ${pulses.join(', ')} (of 5)`
}
