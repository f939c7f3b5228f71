import { randomBytes } from 'node:crypto'

// 32 letters and digits without the look-alikes (0 O 1 l I): 5 bits each, and 256 is a
// multiple of 32, so a byte modulo 32 has no bias.
const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789'
const groups = 4
const groupLength = 5

/**
 * A password an admin reads out or pastes once: 20 random characters (100 bits) in four groups.
 *
 * @example
 * createOneTimePassword() // 'k7mqz-4hxwe-p2tra-9vncs'
 */
export function createOneTimePassword(): string {
  const bytes = randomBytes(groups * groupLength)
  const characters = Array.from(bytes, (byte) => alphabet[byte % alphabet.length])
  return Array.from({ length: groups }, (_, group) =>
    characters.slice(group * groupLength, (group + 1) * groupLength).join(''),
  ).join('-')
}
