import type { ValueStage } from '../../../api/contract/value-register.ts'

export const stageLabels: Record<ValueStage, string> = {
  idea: 'Idea',
  exploring: 'Exploring',
  approved: 'Approved',
  in_delivery: 'In delivery',
  realised: 'Realised',
  stopped: 'Stopped',
}

/** The register's order: what is being delivered first, finished and stopped items last. */
export const stageDisplayOrder: readonly ValueStage[] = [
  'in_delivery',
  'approved',
  'exploring',
  'idea',
  'realised',
  'stopped',
]

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 2 })

/**
 * A value with its unit as a person writes it: dollars before the number, a percent sign
 * straight after it, any other unit after a space; millions and more in short.
 *
 * @example
 * formatValue(2_100_000, '$') // '$2.1M'
 * formatValue(84, '%')        // '84%'
 * formatValue(35, 'minutes')  // '35 minutes'
 */
export function formatValue(value: number, unit: string | null): string {
  const number = Math.abs(value) >= 1_000_000 ? compact.format(value) : plain.format(value)
  if (!unit) return number
  if (unit === '$') return value < 0 ? `-$${number.slice(1)}` : `$${number}`
  if (unit === '%') return `${number}%`
  return `${number} ${unit}`
}

// Digits with commas only between groups of three ('1,250'), so '2,5' is not read as 25.
const numberPattern = /^[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?(e[-+]?\d+)?$/i

/**
 * A number as typed into a form: thousands separators, a dollar sign, a percent sign and spaces
 * are allowed; '' is no value (null); anything else that is not a number is undefined.
 *
 * @example
 * parseValueInput('$1,250.5') // 1250.5
 * parseValueInput('')         // null
 * parseValueInput('2,5')      // undefined: a comma is for thousands only
 */
export function parseValueInput(text: string): number | null | undefined {
  const bare = text.replace(/[\s$%]/g, '')
  if (bare === '') return text.trim() === '' ? null : undefined
  if (!numberPattern.test(bare) || !/\d/.test(bare)) return undefined
  const value = Number(bare.replaceAll(',', ''))
  return Number.isFinite(value) ? value : undefined
}

/**
 * A share as a whole percent, for progress.
 *
 * @example
 * percentText(0.4643) // '46%'
 */
export function percentText(share: number): string {
  return `${Math.round(share * 100)}%`
}
