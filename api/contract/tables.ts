import { z } from 'zod'
import { assignmentRoles } from './assignment-load.ts'
import { accountTiers, cadenceColumns, cadenceDaysRange } from './cadence.ts'
import { outsideCalendarMessage, withinCalendar } from './calendar-range.ts'
import { decisionStatuses, forumPurposes, forumSeatRoles } from './governance.ts'
import { quarterPattern } from './quarter.ts'
import { memberRoles } from './roles.ts'
import { riskKinds, riskScaleMax, riskStatuses } from './risk-register.ts'
import type { ScorecardGrade } from './scorecard-grade.ts'
import { tableNames, type TableName } from './table-names.ts'
import { uuid } from './uuid.ts'
import {
  fitsValueDecimals,
  maxUnitLength,
  maxValueMagnitude,
  valueDecimals,
  valueStages,
} from './value-register.ts'

export { tableNames, type TableName }

// Trimmed before measured, as api/contract/text-rules.ts says every text is.
const text = (max: number) => z.string().trim().max(max).nullable()
const requiredText = (max: number) => z.string().trim().min(1).max(max)
const rating = z
  .number({ error: 'must be a whole number from 1 to 5' })
  .int({ error: 'must be a whole number from 1 to 5' })
  .min(1, { error: 'must be a whole number from 1 to 5' })
  .max(5, { error: 'must be a whole number from 1 to 5' })
  .nullable()
const riskScoreError = `must be a whole number from 1 to ${riskScaleMax}`
const riskScore = z
  .number({ error: riskScoreError })
  .int({ error: riskScoreError })
  .min(1, { error: riskScoreError })
  .max(riskScaleMax, { error: riskScoreError })
const tooLarge = `must be a number no larger than ${maxValueMagnitude.toLocaleString('en-US')} either way`
const valueNumber = z
  .number({ error: 'must be a number' })
  .min(-maxValueMagnitude, { error: tooLarge })
  .max(maxValueMagnitude, { error: tooLarge })
  .refine(fitsValueDecimals, { error: `must have at most ${valueDecimals} decimals` })
  .nullable()
const isoDateTime = z.iso.datetime({ offset: true }).refine(withinCalendar, outsideCalendarMessage)
const isoDate = z.iso.date().refine(withinCalendar, outsideCalendarMessage)
const cadenceError = `must be a whole number of days from ${cadenceDaysRange.min} to ${cadenceDaysRange.max}`
const cadenceDays = z
  .number({ error: cadenceError })
  .int({ error: cadenceError })
  .min(cadenceDaysRange.min, { error: cadenceError })
  .max(cadenceDaysRange.max, { error: cadenceError })

/**
 * The fields a device may write, per synced table, by their column names. The server owns
 * `version`, `created_at`, `updated_at`, `deleted_at` and a check-in's `author_id`; `id` and
 * `org_id` travel beside the fields and never change.
 */
export const writableFields = {
  orgs: z.object({
    name: requiredText(200),
    /** The tiers' default cadence targets (api/contract/cadence.ts); an admin sets them. */
    [cadenceColumns.strategic]: cadenceDays,
    [cadenceColumns.core]: cadenceDays,
    [cadenceColumns.transactional]: cadenceDays,
  }),
  members: z.object({
    user_id: uuid,
    role: z.enum(memberRoles),
    display_name: text(200),
    email: text(320),
  }),
  accounts: z.object({
    kind: z.enum(['agency', 'vendor', 'partner', 'internal']),
    name: requiredText(200),
    short_name: text(50),
    tier: z.enum(accountTiers),
    /** Null on a write: the org's default for the tier (the trigger fills it in). */
    cadence_days: cadenceDays.nullable(),
    maturity_self: rating,
    maturity_partner: rating,
    strategic_goals: text(20000),
    status: z.enum(['active', 'archived']),
  }),
  assignments: z.object({
    account_id: uuid,
    user_id: uuid,
    role: z.enum(assignmentRoles),
  }),
  contacts: z.object({
    account_id: uuid,
    name: requiredText(200),
    title: text(200),
    email: text(320),
    phone: text(50),
    influence: z.enum(['decision_maker', 'influencer', 'user', 'champion', 'detractor']).nullable(),
  }),
  forums: z.object({
    name: requiredText(200),
    purpose: z.enum(forumPurposes),
    charter: text(20000),
    cadence_days: cadenceDays.nullable(),
    co_chairs: text(1000),
  }),
  forum_members: z.object({
    forum_id: uuid,
    account_id: uuid.nullable(),
    contact_id: uuid.nullable(),
    user_id: uuid.nullable(),
    role: z.enum(forumSeatRoles),
  }),
  checkins: z.object({
    account_id: uuid,
    occurred_at: isoDateTime,
    kind: z.enum(['visit', 'call', 'meeting', 'forum', 'email', 'other']),
    attendee_contact_ids: z.array(uuid).max(200),
    /** Our own people who were there, members of the org. */
    attendee_user_ids: z.array(uuid).max(200),
    summary: text(4000),
    notes: text(20000),
    trust_pulse: rating,
    start_doing: text(4000),
    stop_doing: text(4000),
    continue_doing: text(4000),
    strategic_invite: z.boolean(),
    visibility: z.enum(['org', 'private']),
    captured_at: isoDateTime.nullable(),
    forum_id: uuid.nullable(),
  }),
  action_items: z.object({
    account_id: uuid,
    checkin_id: uuid.nullable(),
    title: requiredText(500),
    details: text(20000),
    owner_side: z.enum(['us', 'them', 'vendor']),
    assignee_user_id: uuid.nullable(),
    contact_id: uuid.nullable(),
    due_on: isoDate.nullable(),
    status: z.enum(['open', 'done', 'dropped']),
    completed_at: isoDateTime.nullable(),
  }),
  value_items: z.object({
    account_id: uuid,
    vendor_account_id: uuid.nullable(),
    title: requiredText(500),
    outcome: text(4000),
    metric: text(500),
    baseline: text(500),
    target: text(500),
    realised: text(500),
    stage: z.enum(valueStages),
    baseline_value: valueNumber,
    target_value: valueNumber,
    realised_value: valueNumber,
    unit: text(maxUnitLength),
  }),
  scorecards: z.object({
    vendor_account_id: uuid,
    agency_account_id: uuid.nullable(),
    period: z.string().regex(quarterPattern, 'must look like 2026-Q3'),
    outcomes: rating,
    responsiveness: rating,
    collaboration: rating,
    innovation: rating,
    delivery: rating,
    comments: text(20000),
  }),
  decisions: z.object({
    forum_id: uuid.nullable(),
    checkin_id: uuid.nullable(),
    account_id: uuid.nullable(),
    title: requiredText(500),
    rationale: text(20000),
    decided_on: isoDate.nullable(),
    status: z.enum(decisionStatuses),
  }),
  risks: z.object({
    account_id: uuid,
    vendor_account_id: uuid.nullable(),
    value_item_id: uuid.nullable(),
    kind: z.enum(riskKinds),
    title: requiredText(500),
    description: text(20000),
    likelihood: riskScore,
    impact: riskScore,
    owner_user_id: uuid.nullable(),
    mitigation: text(20000),
    status: z.enum(riskStatuses),
    review_on: isoDate.nullable(),
  }),
  /** One change of a value item: the stage it moved to, the value recorded; null: unchanged. */
  value_updates: z.object({
    value_item_id: uuid,
    stage: z.enum(valueStages).nullable(),
    realised_value: valueNumber,
    note: text(4000),
  }),
} as const satisfies Record<TableName, z.ZodObject>

export const tableName = z.enum(tableNames)

/** The columns every synced row has and only the server writes. */
export const commonServerColumns: readonly string[] = [
  'id',
  'version',
  'created_at',
  'updated_at',
  'deleted_at',
]

/** Tables whose `author_id` is the person who made the row: the server takes it from the token. */
export const authoredTables = ['checkins', 'value_updates'] as const satisfies TableName[]
type AuthoredTable = (typeof authoredTables)[number]
/** Whether a table's rows carry their author (`author_id`, from the token). */
export const isAuthored = (table: TableName): table is AuthoredTable =>
  (authoredTables as readonly TableName[]).includes(table)

/** Columns the server derives from the others (a trigger keeps them), per table. */
const derivedColumns: Partial<Record<TableName, readonly string[]>> = { scorecards: ['grade'] }

/**
 * Whether the server owns a column of a table: a device may send it, and it is ignored
 * (SYNC.md). `org_id` is apart: it travels with a create and never changes.
 *
 * @example
 * isServerOwned('scorecards', 'grade') // true: recomputed from the ratings on every write
 */
export function isServerOwned(table: TableName, column: string): boolean {
  return (
    commonServerColumns.includes(column) ||
    (column === 'author_id' && isAuthored(table)) ||
    (derivedColumns[table]?.includes(column) ?? false)
  )
}

/** The columns of a row as the server sends it, for one table. */
export type Fields<T extends TableName> = z.infer<(typeof writableFields)[T]>

export type AuthorColumn<T extends TableName> = T extends AuthoredTable
  ? { author_id: string }
  : unknown

/** What the server adds to some tables' rows beyond `ServerColumns`. */
export type ServerFields<T extends TableName> = AuthorColumn<T> &
  (T extends 'scorecards' ? { grade: ScorecardGrade | null } : unknown)

export interface ServerColumns {
  id: string
  org_id: string
  version: number
  created_at: string
  updated_at: string
  deleted_at: string | null
}
export type Row<T extends TableName> = Fields<T> & ServerColumns & ServerFields<T>
