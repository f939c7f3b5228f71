import type { TrustBand, TrustComponent } from '../../../api/contract/trust-index.ts'

/** A band as people say it; always shown beside its colour, never instead of it. */
export const bandLabels: Record<TrustBand, string> = {
  strong: 'Strong',
  steady: 'Steady',
  at_risk: 'At risk',
}

/** The five components of the trust index, in the order PRODUCT.md lists them. */
export const componentLabels: Record<TrustComponent, string> = {
  pulse: 'Trust pulse',
  follow_through: 'Follow-through',
  cadence: 'Contact cadence',
  breadth: 'Stakeholder breadth',
  strategic_seat: 'Strategic seat',
}

/**
 * The arrow for a 30-day trend: up, down or level.
 *
 * @example
 * trendArrow(-4) // '↓'
 */
export function trendArrow(trend: number): '↑' | '↓' | '→' {
  return trend > 0 ? '↑' : trend < 0 ? '↓' : '→'
}

/**
 * A 30-day trend in words, for screen readers and tooltips.
 *
 * @example
 * trendText(6) // 'up 6 since last month'
 */
export function trendText(trend: number): string {
  if (trend === 0) return 'no change since last month'
  return `${trend > 0 ? 'up' : 'down'} ${Math.abs(trend)} since last month`
}

/**
 * Days since the last contact against the cadence target.
 *
 * @example
 * contactText(12, 30) // '12 days since contact · target 30'
 * contactText(null, 14) // 'No contact yet · target 14'
 */
export function contactText(daysSinceContact: number | null, cadenceDays: number): string {
  const target = `target ${cadenceDays}`
  if (daysSinceContact === null) return `No contact yet · ${target}`
  if (daysSinceContact === 0) return `Contact today · ${target}`
  const days = daysSinceContact === 1 ? '1 day' : `${daysSinceContact} days`
  return `${days} since contact · ${target}`
}

/**
 * A 0..1 component as a whole percentage.
 *
 * @example
 * percent(0.625) // '63%'
 */
export function percent(value: number): string {
  return `${Math.round(value * 100)}%`
}
