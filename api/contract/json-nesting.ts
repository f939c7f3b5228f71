/**
 * How many levels of arrays and objects `value` nests, counting up to `limit + 1` and no
 * further. Iterative, so a hostile 100,000-deep value cannot overflow the stack while asking.
 *
 * @example
 * nestingDepth({ a: [1, 2] }, 32) // 2
 * nestingDepth('text', 32) // 0
 */
export function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0
  const pending: [unknown, number][] = [[value, 1]]
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, depth] = next
    if (node === null || typeof node !== 'object') continue
    deepest = Math.max(deepest, depth)
    if (deepest > limit) return deepest
    for (const child of Object.values(node)) pending.push([child, depth + 1])
  }
  return deepest
}
