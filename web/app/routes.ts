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
  | { name: 'value' }
  | { name: 'across-agencies' }
  | { name: 'value-new' }
  | { name: 'value-item'; id: string }
  | { name: 'scorecard-new' }
  | { name: 'scorecard'; id: string }
  | { name: 'more' }
  | { name: 'forums' }
  | { name: 'forum-new' }
  | { name: 'forum'; id: string }
  | { name: 'decisions' }
  | { name: 'decision'; id: string }
  | { name: 'risks' }
  | { name: 'risk-new' }
  | { name: 'risk'; id: string }
  | { name: 'team' }
  | { name: 'admin' }
  | { name: 'export' }
  | { name: 'not-found' }

type RouteWithId = Extract<Route, { id: string }>

const fixed: Record<string, Route> = {
  '/': { name: 'portfolio' },
  '/commitments': { name: 'commitments' },
  '/search': { name: 'search' },
  '/device': { name: 'device' },
  '/check-in': { name: 'checkin' },
  '/value': { name: 'value' },
  '/value/across-agencies': { name: 'across-agencies' },
  '/value/new': { name: 'value-new' },
  '/scorecards/new': { name: 'scorecard-new' },
  '/more': { name: 'more' },
  '/forums': { name: 'forums' },
  '/forums/new': { name: 'forum-new' },
  '/decisions': { name: 'decisions' },
  '/risks': { name: 'risks' },
  '/risks/new': { name: 'risk-new' },
  '/team': { name: 'team' },
  '/admin': { name: 'admin' },
  '/export': { name: 'export' },
}

const uuid = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})'
const withId: [RegExp, RouteWithId['name']][] = [
  [new RegExp(`^/relationships/${uuid}/?$`, 'i'), 'relationship'],
  [new RegExp(`^/relationships/${uuid}/contacts/?$`, 'i'), 'contacts'],
  [new RegExp(`^/checkins/${uuid}/?$`, 'i'), 'checkin-detail'],
  [new RegExp(`^/value/${uuid}/?$`, 'i'), 'value-item'],
  [new RegExp(`^/scorecards/${uuid}/?$`, 'i'), 'scorecard'],
  [new RegExp(`^/forums/${uuid}/?$`, 'i'), 'forum'],
  [new RegExp(`^/decisions/${uuid}/?$`, 'i'), 'decision'],
  [new RegExp(`^/risks/${uuid}/?$`, 'i'), 'risk'],
]

/**
 * Which screen a path shows.
 *
 * @example
 * matchRoute('/relationships/0190b0e4-6a5e-7c3a-8b1d-2f4e6a8c0d12') // { name: 'relationship', id: '0190…' }
 */
export function matchRoute(pathname: string): Route {
  const exact = fixed[pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname]
  if (exact) return exact
  for (const [pattern, name] of withId) {
    const id = pattern.exec(pathname)?.[1]
    if (id) return { name, id: id.toLowerCase() }
  }
  return { name: 'not-found' }
}

/**
 * The path of a relationship's page.
 *
 * @example
 * relationshipHref('0190…') // '/relationships/0190…'
 */
export function relationshipHref(id: string): string {
  return `/relationships/${id}`
}

/** The query parameter of a briefing that names the check-in just saved there. */
export const savedParam = 'saved'

/**
 * A relationship's page, straight after a check-in with it was saved: it says so, and offers to
 * add a commitment to that check-in.
 *
 * @example
 * savedCheckinHref('0190…', '0191…') // '/relationships/0190…?saved=0191…'
 */
export function savedCheckinHref(accountId: string, checkinId: string): string {
  return `${relationshipHref(accountId)}?${savedParam}=${encodeURIComponent(checkinId)}`
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

/**
 * The path of one value item's page.
 *
 * @example
 * valueItemHref('0190…') // '/value/0190…'
 */
export function valueItemHref(id: string): string {
  return `/value/${id}`
}

/**
 * The path of the form for a new value item, for a relationship or a vendor when given.
 *
 * @example
 * newValueItemHref({ account: '0190…' }) // '/value/new?account=0190…'
 */
export function newValueItemHref(preset: { account?: string; vendor?: string } = {}): string {
  const query = new URLSearchParams(preset).toString()
  return query ? `/value/new?${query}` : '/value/new'
}

/**
 * The path of one scorecard's form.
 *
 * @example
 * scorecardHref('0190…') // '/scorecards/0190…'
 */
export function scorecardHref(id: string): string {
  return `/scorecards/${id}`
}

/**
 * The path of the form for a new scorecard of a vendor, optionally for one agency and period.
 *
 * @example
 * newScorecardHref({ vendor: '0190…', period: '2026-Q4' }) // '/scorecards/new?vendor=0190…&period=2026-Q4'
 */
export function newScorecardHref(preset: {
  vendor: string
  agency?: string
  period?: string
}): string {
  return `/scorecards/new?${new URLSearchParams(preset).toString()}`
}

/**
 * The path of a forum's page.
 *
 * @example
 * forumHref('0190…') // '/forums/0190…'
 */
export function forumHref(id: string): string {
  return `/forums/${id}`
}

/**
 * The path of one decision's page.
 *
 * @example
 * decisionHref('0190…') // '/decisions/0190…'
 */
export function decisionHref(id: string): string {
  return `/decisions/${id}`
}

/**
 * The path of one risk's page.
 *
 * @example
 * riskHref('0190…') // '/risks/0190…'
 */
export function riskHref(id: string): string {
  return `/risks/${id}`
}

/**
 * The path of the form for a new risk, for a relationship when given.
 *
 * @example
 * newRiskHref('0190…') // '/risks/new?account=0190…'
 */
export function newRiskHref(accountId?: string): string {
  return accountId ? `/risks/new?account=${encodeURIComponent(accountId)}` : '/risks/new'
}

/**
 * The path of the quick check-in as a forum's meeting.
 *
 * @example
 * forumMeetingHref('0190…') // '/check-in?forum=0190…'
 */
export function forumMeetingHref(forumId: string): string {
  return `/check-in?forum=${encodeURIComponent(forumId)}`
}
