// PostgreSQL text cannot hold a NUL character, and UTF-8 cannot encode half of a surrogate pair
// (a broken emoji); JSON can carry both.
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const unstorable = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
const unstorableAll = new RegExp(unstorable.source, 'g')

/**
 * Whether `value`, or any string inside it, has a character PostgreSQL cannot store.
 *
 * @example
 * hasUnstorableText(['ok', 'nul\u0000']) // true
 */
export function hasUnstorableText(value: unknown): boolean {
  if (typeof value === 'string') return unstorable.test(value)
  if (Array.isArray(value)) return value.some(hasUnstorableText)
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([k, v]) => unstorable.test(k) || hasUnstorableText(v))
  }
  return false
}

/**
 * A copy of `value` with every character PostgreSQL cannot store replaced by U+FFFD, so a
 * record of a rejected mutation can always be written.
 *
 * @example
 * storable({ notes: 'nul\u0000' }) // { notes: 'nul\ufffd' }
 */
export function storable<T>(value: T): T {
  if (typeof value === 'string') return value.replace(unstorableAll, '\ufffd') as T
  if (Array.isArray(value)) return value.map(storable) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [storable(k), storable(v)]),
    ) as T
  }
  return value
}
