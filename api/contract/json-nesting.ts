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

const opening = new Set(['[', '{'])
const closing = new Set([']', '}'])

/**
 * How deep JSON text nests, counting up to `limit + 1` and no further, without parsing it.
 * JSON.parse takes seconds over a mebibyte of `[[[[…`, blocking every other request meanwhile;
 * this linear scan takes milliseconds, so the body is measured before it is parsed.
 *
 * @example
 * textNestingDepth('{"a":[1,"[["]}', 32) // 2
 */
export function textNestingDepth(text: string, limit: number): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at]
    if (inString) {
      if (char === '\\') at += 1
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (char !== undefined && opening.has(char)) {
      depth += 1
      if (depth > deepest) deepest = depth
      if (deepest > limit) return deepest
    } else if (char !== undefined && closing.has(char)) depth -= 1
  }
  return deepest
}
