/**
 * The fields of `next` that differ from `opened` — the row as it was when its form opened, so
 * that a field a colleague changed meanwhile (and this form did not) is left as they set it.
 *
 * @example
 * changedFields({ tier: 'core', cadence_days: 30 }, { tier: 'core', cadence_days: 14 }) // { cadence_days: 14 }
 */
export function changedFields<T extends object>(opened: T, next: Partial<T>): Partial<T> {
  const keys = Object.keys(next) as (keyof T)[]
  return Object.fromEntries(
    keys.filter((key) => next[key] !== opened[key]).map((key) => [key, next[key]]),
  ) as Partial<T>
}
