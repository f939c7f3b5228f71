/** The screens of the signed-in app, with what their path carries. */
export type Route =
  | { name: 'portfolio' }
  | { name: 'commitments' }
  | { name: 'search' }
  | { name: 'device' }
  | { name: 'checkin' }
  | { name: 'relationship'; id: string }
  | { name: 'contacts'; id: string }
  | { name: 'checkin-detail'; id: string }
  | { name: 'not-found' }

const fixed: Record<string, Route> = {
  '/': { name: 'portfolio' },
  '/commitments': { name: 'commitments' },
  '/search': { name: 'search' },
  '/device': { name: 'device' },
  '/check-in': { name: 'checkin' },
}

const relationshipPath = /^\/relationships\/([0-9a-f-]{36})\/?$/i
const contactsPath = /^\/relationships\/([0-9a-f-]{36})\/contacts\/?$/i
const checkinPath = /^\/checkins\/([0-9a-f-]{36})\/?$/i

/**
 * Which screen a path shows.
 *
 * @example
 * matchRoute('/relationships/0190b0e4-6a5e-7c3a-8b1d-2f4e6a8c0d12') // { name: 'relationship', id: '0190…' }
 */
export function matchRoute(pathname: string): Route {
  const exact = fixed[pathname]
  if (exact) return exact
  const relationship = relationshipPath.exec(pathname)
  if (relationship?.[1]) return { name: 'relationship', id: relationship[1].toLowerCase() }
  const contacts = contactsPath.exec(pathname)
  if (contacts?.[1]) return { name: 'contacts', id: contacts[1].toLowerCase() }
  const checkin = checkinPath.exec(pathname)
  if (checkin?.[1]) return { name: 'checkin-detail', id: checkin[1].toLowerCase() }
  return { name: 'not-found' }
}

/**
 * The path of a relationship's page.
 *
 * @example
 * relationshipPath('0190…') // '/relationships/0190…'
 */
export function relationshipHref(id: string): string {
  return `/relationships/${id}`
}

/**
 * The path of a relationship's contacts.
 *
 * @example
 * contactsHref('0190…') // '/relationships/0190…/contacts'
 */
export function contactsHref(accountId: string): string {
  return `/relationships/${accountId}/contacts`
}

/**
 * The path of one check-in's page.
 *
 * @example
 * checkinDetailHref('0190…') // '/checkins/0190…'
 */
export function checkinDetailHref(id: string): string {
  return `/checkins/${id}`
}

/**
 * The path of the quick check-in, optionally for one relationship.
 *
 * @example
 * checkinHref('0190…') // '/check-in?account=0190…'
 */
export function checkinHref(accountId?: string): string {
  return accountId ? `/check-in?account=${encodeURIComponent(accountId)}` : '/check-in'
}
