import type { AccountTier } from '../contract/cadence.ts'
import type { DecisionStatus } from '../contract/governance.ts'
import type { RiskKind, RiskStatus } from '../contract/risk-register.ts'
import type { MemberRole } from '../contract/roles.ts'
import type { ScorecardGrade } from '../contract/scorecard-grade.ts'
import type { Fields } from '../contract/tables.ts'
import type { ValueStage } from '../contract/value-register.ts'

/** Rows of the demo data, shaped exactly like the tables they go into (column names included). */
export type { DecisionStatus, MemberRole, RiskKind, RiskStatus, ValueStage }
export type AccountKind = Fields<'accounts'>['kind']
export type Tier = AccountTier
export type Influence = NonNullable<Fields<'contacts'>['influence']>
export type CheckinKind = Fields<'checkins'>['kind']
export type OwnerSide = Fields<'action_items'>['owner_side']
export type ItemStatus = Fields<'action_items'>['status']

/** A sign-in (auth.users); the password is the same for all and hashed by whoever writes it. */
export interface UserRow {
  id: string
  email: string
  display_name: string
}

export interface OrgRow {
  id: string
  name: string
  cadence_strategic_days: number
  cadence_core_days: number
  cadence_transactional_days: number
}

export interface MemberRow {
  id: string
  org_id: string
  user_id: string
  role: MemberRole
  display_name: string
  email: string
}

export interface AccountRow {
  id: string
  org_id: string
  kind: AccountKind
  name: string
  short_name: string
  tier: Tier
  cadence_days: number
  maturity_self: number
  maturity_partner: number
  strategic_goals: string
  status: 'active' | 'archived'
}

export interface AssignmentRow {
  id: string
  org_id: string
  account_id: string
  user_id: string
  role: 'primary' | 'secondary'
}

export interface ContactRow {
  id: string
  org_id: string
  account_id: string
  name: string
  title: string
  email: string
  phone: string
  influence: Influence
}

export interface ForumRow {
  id: string
  org_id: string
  name: string
  purpose: 'strategic' | 'tactical'
  charter: string
  cadence_days: number
  co_chairs: string
}

export interface ForumMemberRow {
  id: string
  org_id: string
  forum_id: string
  account_id: string | null
  contact_id: string | null
  user_id: string | null
  role: 'chair' | 'co_chair' | 'member' | 'observer'
}

export interface CheckinRow {
  id: string
  org_id: string
  account_id: string
  author_id: string
  occurred_at: Date
  kind: CheckinKind
  attendee_contact_ids: string[]
  attendee_user_ids: string[]
  summary: string
  notes: string
  trust_pulse: number | null
  start_doing: string | null
  stop_doing: string | null
  continue_doing: string | null
  strategic_invite: boolean
  visibility: 'org' | 'private'
  captured_at: Date
  forum_id: string | null
  created_at: Date
  updated_at: Date
}

export interface ActionItemRow {
  id: string
  org_id: string
  account_id: string
  checkin_id: string | null
  title: string
  details: string
  owner_side: OwnerSide
  assignee_user_id: string | null
  contact_id: string | null
  due_on: string
  status: ItemStatus
  completed_at: Date | null
  created_at: Date
  updated_at: Date
}

export interface ValueItemRow {
  id: string
  org_id: string
  account_id: string
  vendor_account_id: string | null
  title: string
  outcome: string
  metric: string
  baseline: string
  target: string
  realised: string | null
  baseline_value: number | null
  target_value: number | null
  realised_value: number | null
  unit: string | null
  stage: ValueStage
  /** When its first value update created it, and when its last one changed it. */
  created_at: Date
  updated_at: Date
}

/** One step of a value item's history: its stage and realised value after the change. */
export interface ValueUpdateRow {
  id: string
  org_id: string
  value_item_id: string
  author_id: string
  /** The stage this change moved to; null when it left the stage as it was. */
  stage: ValueStage | null
  /** The value this change read; null when it read none. */
  realised_value: number | null
  note: string
  created_at: Date
  updated_at: Date
}

export interface ScorecardRow {
  id: string
  org_id: string
  vendor_account_id: string
  agency_account_id: string | null
  period: string
  outcomes: number | null
  responsiveness: number | null
  collaboration: number | null
  innovation: number | null
  delivery: number | null
  grade: ScorecardGrade | null
  comments: string
}

/** What a forum, one of its meetings or a relationship decided (at least one of the three). */
export interface DecisionRow {
  id: string
  org_id: string
  forum_id: string | null
  checkin_id: string | null
  account_id: string | null
  title: string
  rationale: string
  /** The day it was decided, or tabled when still proposed ('YYYY-MM-DD'). */
  decided_on: string
  status: DecisionStatus
  /** When it was recorded, and when it last changed (a reversal). */
  created_at: Date
  updated_at: Date
}

/** One entry of a relationship's risk register; severity is likelihood × impact. */
export interface RiskRow {
  id: string
  org_id: string
  account_id: string
  vendor_account_id: string | null
  value_item_id: string | null
  kind: RiskKind
  title: string
  description: string
  likelihood: number
  impact: number
  owner_user_id: string | null
  mitigation: string
  status: RiskStatus
  review_on: string
  created_at: Date
  updated_at: Date
}

export interface DemoData {
  /** The moment the data was built for; every date is relative to its UTC day. */
  anchor: Date
  /** Midnight UTC of the anchor's day. */
  day0: Date
  /** The password of every demo user. */
  password: string
  demoOrgId: string
  neighbourOrgId: string
  users: UserRow[]
  orgs: OrgRow[]
  members: MemberRow[]
  accounts: AccountRow[]
  assignments: AssignmentRow[]
  contacts: ContactRow[]
  forums: ForumRow[]
  forum_members: ForumMemberRow[]
  checkins: CheckinRow[]
  action_items: ActionItemRow[]
  value_items: ValueItemRow[]
  value_updates: ValueUpdateRow[]
  scorecards: ScorecardRow[]
  decisions: DecisionRow[]
  risks: RiskRow[]
}
