// A phone as people type it: digits with spaces, dots, dashes, slashes or brackets, an optional
// leading plus, and optionally an extension ("x12", "ext. 12", ";ext=12").
const phoneShape =
  /^\s*(\+?[\d\s().\-/]*\d[\d\s().\-/]*?)\s*(?:(?:x|ext\.?|;ext=)\s*(\d{1,10}))?\s*$/i

/**
 * A `tel:` link (RFC 3966) for a phone number as typed, or null when it is not one: letters,
 * `;`, `?` and the like would otherwise dial a different number or smuggle parameters in. An
 * extension becomes `;ext=`, never digits glued onto the number.
 *
 * @example
 * telHref('+1 (555) 010-2030 x12') // 'tel:+15550102030;ext=12'
 * telHref('555-FLOWERS')           // null
 */
export function telHref(phone: string): string | null {
  const match = phoneShape.exec(phone)
  if (!match) return null
  const [, number = '', extension] = match
  const digits = number.replace(/\D/g, '')
  const plus = number.trimStart().startsWith('+') ? '+' : ''
  return `tel:${plus}${digits}${extension ? `;ext=${extension}` : ''}`
}

/**
 * A `mailto:` link (RFC 6068) for an e-mail address as typed: the address is percent-encoded, so
 * a `?`, `&`, `%`, `#` or line break in it can never add a `bcc`, `subject` or `body`. The `@`
 * stays readable. Null for an empty address.
 *
 * @example
 * mailtoHref('ana@agency.gov')               // 'mailto:ana@agency.gov'
 * mailtoHref('ana@agency.gov?bcc=eve@x.com') // 'mailto:ana@agency.gov%3Fbcc%3Deve%40x.com'
 */
export function mailtoHref(email: string): string | null {
  const address = email.trim()
  if (!address) return null
  const at = address.indexOf('@')
  if (at < 0) return `mailto:${encodeURIComponent(address)}`
  const local = encodeURIComponent(address.slice(0, at))
  const domain = encodeURIComponent(address.slice(at + 1))
  return `mailto:${local}@${domain}`
}
