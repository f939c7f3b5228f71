import type {
  AccountKind,
  CheckinKind,
  Influence,
  ItemStatus,
  OwnerSide,
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

export interface ValueSpec {
  account: string
  vendor?: string
  title: string
  outcome: string
  metric: string
  baseline: string
  target: string
  realised?: string
  stage: ValueStage
}

/**
 * A compact way to write a check-in in the spec tables.
 *
 * @example
 * visit(5, 'call', 4, [0, 1], 'Roadmap review', { invite: true })
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

export const defaultCadence: Record<Tier, number> = { strategic: 14, core: 30, transactional: 90 }
