/**
 * The value-realisation register of PRODUCT.md ("The BRM half"): the stages a value item moves
 * through and how far it has come. Pure and zod-free, so every screen and the server share it.
 */

/** Every stage, in the order an idea moves through them; `stopped` ends an item early. */
export const valueStages = [
  'idea',
  'exploring',
  'approved',
  'in_delivery',
  'realised',
  'stopped',
] as const
export type ValueStage = (typeof valueStages)[number]

/** The way forward, one step at a time; `stopped` is off it. */
export const valueStagePath: readonly ValueStage[] = valueStages.slice(0, 5)

/**
 * The stage after `stage` on the way forward; null once realised or stopped.
 *
 * @example
 * nextValueStage('approved') // 'in_delivery'
 */
export function nextValueStage(stage: ValueStage): ValueStage | null {
  const index = valueStagePath.indexOf(stage)
  return index < 0 ? null : (valueStagePath[index + 1] ?? null)
}

/**
 * The largest magnitude a baseline, target or realised value may have, and its decimals: more
 * than any state budget in dollars, and with 3 decimals every such value is exact in a double
 * (15 significant digits), so what the device typed is what the server stores. The value
 * tables' columns, numeric(16, 3) with a check, hold the same bounds (a test proves they agree).
 */
export const maxValueMagnitude = 1e12
export const valueDecimals = 3

/**
 * Whether a number has no more decimals than a value may keep.
 *
 * @example
 * fitsValueDecimals(84.125) // true
 * fitsValueDecimals(0.0001) // false
 */
export function fitsValueDecimals(value: number): boolean {
  const scaled = value * 10 ** valueDecimals
  // Within a few units of the last place: 84.1 scales to 84100.00000000001.
  return Math.abs(scaled - Math.round(scaled)) <= Math.abs(scaled) * Number.EPSILON * 4
}

/** The longest unit a value may carry ('%', '$', 'minutes', 'districts'). */
export const maxUnitLength = 30

export interface ValueNumbers {
  baseline_value: number | null
  target_value: number | null
  realised_value: number | null
}

/**
 * How far an item has come from its baseline towards its target, 0..1: `(realised − baseline) /
 * (target − baseline)`, clamped. Null when any of the three is missing, or when the target is
 * the baseline (there is no distance to cover). Works the same for a metric that should fall:
 * a wait of 48 minutes aimed at 20 and now 35 is (35 − 48) / (20 − 48) ≈ 0.46 of the way.
 *
 * @example
 * valueProgress({ baseline_value: 78, target_value: 90, realised_value: 84 }) // 0.5
 */
export function valueProgress(item: ValueNumbers): number | null {
  const { baseline_value: baseline, target_value: target, realised_value: realised } = item
  if (baseline == null || target == null || realised == null || target === baseline) return null
  return Math.min(1, Math.max(0, (realised - baseline) / (target - baseline)))
}
