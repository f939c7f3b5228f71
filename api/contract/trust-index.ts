/**
 * The trust index of PRODUCT.md: one pure function, run on the phone offline and on the server
 * alike. The definition is the contract; trust-index.test.ts checks it against hand-computed
 * fixtures.
 */
import { mayRead } from './privacy.ts'
import { trustReasons } from './trust-reasons.ts'

export interface TrustAccount {
  id: string
  cadence_days: number
}
export interface TrustCheckin {
  account_id: string
  author_id: string
  occurred_at: string
  trust_pulse: number | null
  attendee_contact_ids: readonly string[]
  strategic_invite: boolean
  visibility: 'org' | 'private'
  deleted_at: string | null
}
export interface TrustActionItem {
  account_id: string
  owner_side: 'us' | 'them' | 'vendor'
  status: 'open' | 'done' | 'dropped'
  due_on: string | null
  completed_at: string | null
  deleted_at: string | null
}
export interface TrustContact {
  id: string
  account_id: string
  deleted_at: string | null
}

export const trustWeights = {
  pulse: 0.3,
  follow_through: 0.25,
  cadence: 0.2,
  breadth: 0.1,
  strategic_seat: 0.15,
} as const
export type TrustComponent = keyof typeof trustWeights

/** PRODUCT.md's look-back windows, in days before asOf. */
export const trustWindowDays = {
  /** Check-ins whose trust pulse counts. */
  pulse: 180,
  /** Our commitments due within it count for follow-through. */
  followThrough: 180,
  /** Check-ins whose attendees count as engaged stakeholders. */
  breadth: 90,
  /** Check-ins whose strategic invite holds the seat. */
  strategicSeat: 180,
} as const

/** A pulse's weight halves with every this many days of age. */
export const pulseHalfLifeDays = 45
/** A commitment is kept on time when completed before its due day plus this many days. */
export const onTimeGraceDays = 2
/** Cadence scores 0 from this many times the cadence target without contact. */
export const cadenceZeroAtTargets = 3
/** Engaging this many of an account's contacts (or all, when it has fewer) is full breadth. */
export const breadthContactsForFull = 3
/** Points taken off per open commitment of ours past its due day, and at most in all. */
export const overduePenalty = { perCommitment: 5, max: 20 } as const
/** The lowest score of each band above at_risk. */
export const bandFloors = { strong: 75, steady: 50 } as const
/** The trend compares the score with the score this many days before asOf. */
export const trendDays = 30
/** The furthest back any component looks: the longest window, from asOf − trendDays. */
export const trustLookBackDays = Math.max(...Object.values(trustWindowDays)) + trendDays

/** Points of the 100 a component is worth: whole numbers (30, 25, …), so sums stay exact. */
export const componentPoints = (component: TrustComponent) =>
  Math.round(trustWeights[component] * 100)

/**
 * What `overdueCount` commitments past their due day cost, in points.
 *
 * @example
 * overduePoints(5) // 20: 5 × 5 capped at 20
 */
export const overduePoints = (overdueCount: number) =>
  Math.min(overduePenalty.max, overduePenalty.perCommitment * overdueCount)
export type TrustComponents = Record<TrustComponent, number>
export type TrustBand = 'strong' | 'steady' | 'at_risk'

export interface TrustIndex {
  score: number
  band: TrustBand
  components: TrustComponents
  reasons: string[]
  trend: number
  /** Open commitments of ours past their due day: what the penalty counts. */
  overdueCount: number
  /** Whole days since the latest check-in at or before asOf; null without one. */
  daysSinceContact: number | null
}

export interface TrustOptions {
  /** Whose view this is: private check-ins count only for their author. */
  viewerId: string | null
}

const dayMs = 86_400_000

/**
 * Whole days from an instant to asOf: what "days since contact" counts.
 *
 * @example
 * wholeDaysSince('2026-05-01T09:00:00Z', new Date('2026-05-03T08:00:00Z')) // 1
 */
export const wholeDaysSince = (instant: string | number, asOf: Date) =>
  Math.floor(
    (asOf.getTime() - (typeof instant === 'number' ? instant : Date.parse(instant))) / dayMs,
  )

/** The calendar day (UTC) of an instant, as 'YYYY-MM-DD'. */
export const utcDay = (instant: Date) => instant.toISOString().slice(0, 10)
const dayStart = (day: string) => Date.parse(`${day}T00:00:00Z`)

export function bandOf(score: number): TrustBand {
  return score >= bandFloors.strong ? 'strong' : score >= bandFloors.steady ? 'steady' : 'at_risk'
}

/** The rows one account's index is computed over, as the viewer may count them. */
export function relevantRows(
  account: TrustAccount,
  checkins: readonly TrustCheckin[],
  items: readonly TrustActionItem[],
  contacts: readonly TrustContact[],
  { viewerId }: TrustOptions,
) {
  return {
    checkins: checkins.filter(
      (c) => c.account_id === account.id && !c.deleted_at && mayRead(c, viewerId),
    ),
    items: items.filter((i) => i.account_id === account.id && !i.deleted_at),
    contacts: contacts.filter((c) => c.account_id === account.id && !c.deleted_at),
  }
}

type Rows = ReturnType<typeof relevantRows>

function within(days: number, asOf: number) {
  return (c: TrustCheckin) => {
    const at = Date.parse(c.occurred_at)
    return at > asOf - days * dayMs && at <= asOf
  }
}

export function computeComponents(account: TrustAccount, rows: Rows, asOf: Date) {
  const now = asOf.getTime()
  const pulses = rows.checkins
    .filter(within(trustWindowDays.pulse, now))
    .filter((c) => c.trust_pulse !== null)
  let pulse = 0.5
  if (pulses.length) {
    let weighted = 0
    let weights = 0
    for (const c of pulses) {
      const weight = 0.5 ** ((now - Date.parse(c.occurred_at)) / dayMs / pulseHalfLifeDays)
      weighted += weight * (((c.trust_pulse ?? 1) - 1) / 4)
      weights += weight
    }
    pulse = weighted / weights
  }

  const today = utcDay(asOf)
  const windowStart = utcDay(new Date(now - trustWindowDays.followThrough * dayMs))
  const due = rows.items.filter(
    (i) =>
      i.owner_side === 'us' &&
      i.status !== 'dropped' &&
      i.due_on !== null &&
      i.due_on >= windowStart &&
      i.due_on < today,
  )
  const keptOnTime = due.filter(
    (i) =>
      i.status === 'done' &&
      i.completed_at !== null &&
      Date.parse(i.completed_at) < dayStart(i.due_on ?? today) + onTimeGraceDays * dayMs,
  )
  const followThrough = due.length ? keptOnTime.length / due.length : 0.5

  const past = rows.checkins.filter((c) => Date.parse(c.occurred_at) <= now)
  const latest = past.reduce((max, c) => Math.max(max, Date.parse(c.occurred_at)), -Infinity)
  const daysSinceContact = past.length ? wholeDaysSince(latest, asOf) : null
  const c = account.cadence_days
  const cadence =
    daysSinceContact === null
      ? 0
      : daysSinceContact <= c
        ? 1
        : daysSinceContact >= cadenceZeroAtTargets * c
          ? 0
          : 1 - (daysSinceContact - c) / ((cadenceZeroAtTargets - 1) * c)

  const contactIds = new Set(rows.contacts.map((x) => x.id))
  const engaged = new Set(
    rows.checkins
      .filter(within(trustWindowDays.breadth, now))
      .flatMap((x) => x.attendee_contact_ids)
      .filter((id) => contactIds.has(id)),
  )
  const breadth = contactIds.size
    ? Math.min(1, engaged.size / Math.min(breadthContactsForFull, contactIds.size))
    : 0
  const strategicSeat = rows.checkins
    .filter(within(trustWindowDays.strategicSeat, now))
    .some((x) => x.strategic_invite)
    ? 1
    : 0

  const overdueCount = rows.items.filter(
    (i) => i.owner_side === 'us' && i.status === 'open' && i.due_on !== null && i.due_on < today,
  ).length

  const components: TrustComponents = {
    pulse,
    follow_through: followThrough,
    cadence,
    breadth,
    strategic_seat: strategicSeat,
  }
  return { components, overdueCount, daysSinceContact, due, keptOnTime, pulses, engaged }
}

export function scoreOf(components: TrustComponents, overdueCount: number) {
  let points = 0
  for (const key of Object.keys(trustWeights) as TrustComponent[]) {
    // Whole-number points keep sums such as 87.5 exact, so rounding is as written.
    points += componentPoints(key) * components[key]
  }
  return Math.max(0, Math.min(100, Math.round(points) - overduePoints(overdueCount)))
}

/**
 * The trust index of one relationship as of an instant.
 *
 * @example
 * const trust = trustIndex(account, checkins, items, contacts, new Date(), { viewerId: me })
 * trust.band // 'steady'
 */
export function trustIndex(
  account: TrustAccount,
  checkins: readonly TrustCheckin[],
  items: readonly TrustActionItem[],
  contacts: readonly TrustContact[],
  asOf: Date,
  options: TrustOptions,
): TrustIndex {
  const rows = relevantRows(account, checkins, items, contacts, options)
  const now = computeComponents(account, rows, asOf)
  const score = scoreOf(now.components, now.overdueCount)
  const before = computeComponents(account, rows, new Date(asOf.getTime() - trendDays * dayMs))
  return {
    score,
    band: bandOf(score),
    components: now.components,
    reasons: trustReasons(account, now, rows.contacts.length),
    trend: score - scoreOf(before.components, before.overdueCount),
    overdueCount: now.overdueCount,
    daysSinceContact: now.daysSinceContact,
  }
}
