/** One measurement, Liaison beside its floor, each a list of milliseconds. */
export interface Measurement {
  name: string
  liaison: number[]
  floor: number[]
  /** What else a reader needs to know about the numbers, e.g. rows per sample. */
  note?: string
  /** Of each Liaison sample, the milliseconds spent in HTTP requests (sync measurements). */
  httpMs?: number[]
  /** The requests ran while earlier answers were being stored: HTTP and device time overlap. */
  httpOverlaps?: boolean
}

/**
 * The median of a non-empty list.
 */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? Number.NaN
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2
}

/**
 * The nearest-rank percentile of a non-empty list: the smallest value at least `p` % of the
 * values are at or below.
 *
 * @example
 * percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95) // 10
 */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
}

/**
 * Milliseconds with as many decimals as they deserve.
 *
 * @example
 * formatMs(3.456) // '3.46 ms'
 */
export function formatMs(ms: number): string {
  const digits = ms < 10 ? 2 : ms < 100 ? 1 : 0
  return `${ms.toFixed(digits)} ms`
}

const range = (values: number[]) =>
  `${formatMs(Math.min(...values))} – ${formatMs(Math.max(...values))}`

/**
 * A Markdown table: medians, their ratio, sample counts and ranges, one row per measurement.
 */
export function resultTable(measurements: Measurement[]): string {
  const lines = [
    '| measurement | Liaison (median) | floor (median) | ratio | samples | Liaison range | floor range |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const m of measurements) {
    const ratio = median(m.liaison) / median(m.floor)
    const cells = [
      m.note ? `${m.name} (${m.note})` : m.name,
      formatMs(median(m.liaison)),
      formatMs(median(m.floor)),
      `${ratio.toFixed(1)}×`,
      `${m.liaison.length} + ${m.floor.length}`,
      range(m.liaison),
      range(m.floor),
    ]
    lines.push(`| ${cells.join(' | ')} |`)
  }
  return lines.join('\n')
}

/**
 * Where the sync measurements' time went: in HTTP requests (network, server, JSON) or on the
 * device (IndexedDB transactions and the code around them), medians of each.
 */
export function breakdownTable(measurements: Measurement[]): string {
  const lines = [
    '| measurement | Liaison (median) | in HTTP requests | on the device |',
    '| --- | ---: | ---: | ---: |',
  ]
  for (const m of measurements) {
    const http = m.httpMs
    if (!http) continue
    const device = m.liaison.map((total, index) => total - (http[index] ?? 0))
    const cells = m.httpOverlaps
      ? [`${m.name} (requests overlap storing)`, median(m.liaison), median(http), '—']
      : [m.name, median(m.liaison), median(http), median(device)]
    lines.push(
      `| ${cells.map((cell) => (typeof cell === 'number' ? formatMs(cell) : cell)).join(' | ')} |`,
    )
  }
  return lines.join('\n')
}

/**
 * What is wrong with a smoke run's figures: a measurement without samples on either side, or a
 * sample that is not a positive, finite number of milliseconds. Speed is not judged.
 *
 * @example
 * smokeProblems([{ name: 'save', liaison: [], floor: [1] }]) // ['save: no Liaison samples']
 */
export function smokeProblems(measurements: Measurement[]): string[] {
  if (measurements.length === 0) return ['no measurements at all']
  return measurements.flatMap((m) => {
    const sides = { Liaison: m.liaison, floor: m.floor }
    return Object.entries(sides).flatMap(([side, samples]) => {
      if (samples.length === 0) return [`${m.name}: no ${side} samples`]
      const bad = samples.filter((ms) => !Number.isFinite(ms) || ms <= 0)
      return bad.length ? [`${m.name}: ${side} samples ${bad.join(', ')} are not durations`] : []
    })
  })
}
