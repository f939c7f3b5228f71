let lastMs = -1
let counter = 0

function randomBytes(): Uint8Array {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return bytes
}

/**
 * A UUID v7 (RFC 9562): 48 bits of Unix milliseconds, then a 12-bit counter, then random bits.
 * Ids made on one device sort in the order they were made, even within one millisecond or when
 * the clock steps back, so rows created offline keep their order and index well.
 *
 * @example
 * const id = newId() // '019ab2c4-5d1e-7a3f-8c2b-4e6f8a0b1c2d'
 */
export function newId(now: number = Date.now()): string {
  const bytes = randomBytes()
  let ms = Math.max(0, Math.floor(now))
  if (ms <= lastMs) {
    ms = lastMs
    counter += 1
    if (counter > 0xfff) {
      ms = lastMs + 1
      counter = 0
    }
  } else {
    // Start the counter low (11 random bits) so a burst within one millisecond rarely overflows.
    counter = (((bytes[6] ?? 0) << 8) | (bytes[7] ?? 0)) & 0x7ff
  }
  lastMs = ms
  let rest = ms
  for (let i = 5; i >= 0; i -= 1) {
    bytes[i] = rest % 256
    rest = Math.floor(rest / 256)
  }
  bytes[6] = 0x70 | (counter >> 8)
  bytes[7] = counter & 0xff
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f)
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/**
 * The creation time encoded in a UUID v7, in Unix milliseconds.
 *
 * @example
 * idTime(newId(1_700_000_000_000)) // 1700000000000 (or a later ms if the clock stepped back)
 */
export function idTime(id: string): number {
  return parseInt(id.replace(/-/g, '').slice(0, 12), 16)
}
