import type {
  AccountKind,
  CheckinKind,
  DecisionStatus,
  Influence,
  ItemStatus,
  OwnerSide,
  RiskKind,
  RiskStatus,
  Tier,
  ValueStage,
} from './types.ts'

/** Who is who in the demo; each key is one sign-in (see people.ts). */
export type UserKey = 'admin' | 'lead' | 'manager' | 'manager2' | 'viewer' | 'neighbour'

/** One relationship as written by hand; names of contacts come from the name pools. */
export interface AccountSpec {
  key: string
  kind: AccountKind
  name: string
  short: string
  tier: Tier
  /** Our rating, then theirs (1 ad hoc … 5 strategic partner). */
  maturity: [number, number]
  goals: string
  primary: UserKey | null
  secondary?: UserKey[]
  /** Title and influence of each contact, in order; check-ins refer to them by index. */
  contacts: [string, Influence][]
}

/** One check-in, `ago` whole days before the anchor's day (always ≥ 1, so never in the future). */
export interface VisitSpec {
  ago: number
  kind: CheckinKind
  pulse: number | null
  /** Indices into the account's contacts. */
  with: number[]
  /** Our own people who were there besides the author. */
  colleagues?: UserKey[]
  summary: string
  note?: string
  by?: UserKey
  invite?: boolean
  private?: boolean
  /** Start doing, stop doing, continue doing. */
  ssc?: [string, string, string]
  forum?: string
}

/** One commitment; `due` and `done` are day offsets from the anchor's day (negative = past). */
export interface CommitmentSpec {
  account: string
  title: string
  side: OwnerSide
  due: number
  status: ItemStatus
  done?: number
  /** Link to the latest check-in of the account held well before the due date. */
  link?: boolean
  /** For `them` and `vendor` items: the index of the contact who owes it. */
  contact?: number
}

/** A value item's baseline, target and realised value as numbers, in one unit ('%', '$', 'days'). */
export interface ValueNumbers {
  unit: string
  baseline: number
  target: number
  realised?: number
}

/** One change in a value item's history, `ago` whole days before the anchor's day (≥ 1). */
export interface ValueStepSpec {
  ago: number
  /** Who made it: a writer of the item's org, never the viewer. */
  by: UserKey
  /** The stage after the change; a reading alone leaves the stage where it was. */
  stage?: ValueStage
  /** A new reading of the realised value; without one the last reading stands. */
  value?: number
  note: string
}

export interface ValueSpec {
  account: string
  vendor?: string
  title: string
  outcome: string
  metric: string
  /** As people read them ('$2.1M'); `numbers` holds the same as numbers when the metric is one. */
  baseline: string
  target: string
  realised?: string
  numbers?: ValueNumbers
  stage: ValueStage
  /** Oldest first, from the item's creation; the last step leaves it at `stage` and `numbers.realised`. */
  history: ValueStepSpec[]
}

/**
 * A step of a value item's history that moves it to `stage` (its first step creates it there),
 * with a reading of the realised value when the move comes with one.
 */
export function moved(
  ago: number,
  by: UserKey,
  stage: ValueStage,
  note: string,
  value?: number,
): ValueStepSpec {
  return value === undefined ? { ago, by, stage, note } : { ago, by, stage, value, note }
}

/**
 * A step that records a new realised value and leaves the stage alone.
 */
export function measured(ago: number, by: UserKey, value: number, note: string): ValueStepSpec {
  return { ago, by, value, note }
}

type Rating = 1 | 2 | 3 | 4 | 5 | null

/** One vendor scorecard: ratings 1–5 in criterion order, null where a criterion is not rated. */
export interface ScorecardSpec {
  vendor: string
  /** The agency it covers; none for a scorecard of the vendor across every agency. */
  agency?: string
  /** Quarters before the anchor's quarter: -1 is the last finished one. */
  quarter: number
  /** Outcomes, responsiveness, collaboration, innovation, delivery. */
  ratings: [Rating, Rating, Rating, Rating, Rating]
  comments: string
}

/** One decision as the office would minute it. */
export interface DecisionSpec {
  title: string
  rationale: string
  status: DecisionStatus
  /** The relationship it concerns, when it concerns one. */
  account?: string
  /** The title of the earlier decision this one reverses (that one is then 'reversed'). */
  reverses?: string
}

/** A decision taken with one relationship, outside any forum, `ago` days before the anchor's day. */
export interface AccountDecisionSpec extends DecisionSpec {
  account: string
  ago: number
}

type Scale = 1 | 2 | 3 | 4 | 5

/** One risk of the register as a BRM manager would log it. */
export interface RiskSpec {
  account: string
  /** The supplier it comes from: an account of kind vendor. */
  vendor?: string
  /** The title of the value item of the same account it threatens. */
  value?: string
  kind: RiskKind
  title: string
  description: string
  /** Likelihood, then impact. */
  rating: [Scale, Scale]
  owner: UserKey | null
  mitigation: string
  status: RiskStatus
  /** Days from the anchor's day to the next review: negative is past (overdue unless closed). */
  review: number
  /** Days before the anchor's day it was raised, and last changed (≥ 1, changed ≤ raised). */
  raised: number
  changed: number
}

/**
 * A compact way to write a check-in in the spec tables.
 */
export function visit(
  ago: number,
  kind: CheckinKind,
  pulse: number | null,
  attendees: number[],
  summary: string,
  extra: Partial<VisitSpec> = {},
): VisitSpec {
  return { ago, kind, pulse, with: attendees, summary, ...extra }
}
