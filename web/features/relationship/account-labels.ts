import type { Fields } from '../../../api/contract/tables.ts'

type Account = Fields<'accounts'>

export const accountKindLabels: Record<Account['kind'], string> = {
  agency: 'Agency',
  vendor: 'Vendor',
  partner: 'Partner',
  internal: 'Internal',
}

export const tierLabels: Record<Account['tier'], string> = {
  strategic: 'Strategic',
  core: 'Core',
  transactional: 'Transactional',
}

/** The Business Relationship Maturity Model's five levels. */
export const maturityLabels: Record<number, string> = {
  1: 'Ad hoc',
  2: 'Order taker',
  3: 'Service provider',
  4: 'Trusted advisor',
  5: 'Strategic partner',
}

/**
 * A maturity rating as people say it.
 *
 * @example
 * maturityText(4) // '4 · Trusted advisor'
 */
export function maturityText(level: number | null): string {
  return level ? `${level} · ${maturityLabels[level] ?? ''}` : 'Not rated'
}

/**
 * How far apart the two sides' maturity ratings are, in words.
 *
 * @example
 * maturityGap(4, 2) // 'We rate it 2 levels higher than they do'
 */
export function maturityGap(ours: number | null, theirs: number | null): string | null {
  if (!ours || !theirs) return null
  const gap = ours - theirs
  if (gap === 0) return 'Both sides agree'
  const levels = `${Math.abs(gap)} ${Math.abs(gap) === 1 ? 'level' : 'levels'}`
  return gap > 0
    ? `We rate it ${levels} higher than they do`
    : `They rate it ${levels} higher than we do`
}

/**
 * The contact cadence target in words.
 *
 * @example
 * cadenceText(14) // 'Every 14 days'
 */
export function cadenceText(days: number | null): string {
  if (!days) return 'No target'
  return days === 1 ? 'Every day' : `Every ${days} days`
}
