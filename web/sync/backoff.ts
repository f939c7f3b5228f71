export const backoffBaseMs = 1_000
export const backoffCapMs = 5 * 60_000

/**
 * How long to wait before retry number `failures` (1 = after the first failure): "full jitter",
 * a random time up to a ceiling that doubles from 1 s and stops at 5 min, so devices coming back
 * online together do not all knock at once.
 *
 * @example
 * backoffDelay(1) // 0–1 s
 * backoffDelay(20) // 0–5 min
 */
export function backoffDelay(failures: number, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(0, failures - 1), 30)
  const ceiling = Math.min(backoffCapMs, backoffBaseMs * 2 ** exponent)
  return Math.floor(random() * ceiling)
}
