import { createHash } from 'node:crypto'

/**
 * A fixed UUID for a demo row, derived from a readable key (name-based, version 5 layout), so
 * every run and every database gets the same ids without a lookup table.
 *
 * @example
 * demoUuid('account:dor') // always 'xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx', the same one
 */
export function demoUuid(key: string): string {
  const bytes = createHash('sha1').update(`liaison-demo:${key}`).digest().subarray(0, 16)
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
