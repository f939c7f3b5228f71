const units = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const

/**
 * A byte count as people read it (decimal units, as browsers report quotas).
 *
 * @example
 * formatBytes(1_534_000) // '1.5 MB'
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return 'unknown'
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  const rounded = unit === 0 || value >= 100 ? Math.round(value) : Math.round(value * 10) / 10
  return `${rounded} ${units[unit]}`
}
