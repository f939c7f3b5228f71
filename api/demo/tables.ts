import type { DemoData } from './types.ts'

/** How a value is written: `quarter` is text like '2026-Q3', relative to the anchor in SQL. */
export type ColumnType =
  'uuid' | 'uuid[]' | 'text' | 'int' | 'numeric' | 'bool' | 'timestamptz' | 'date' | 'quarter'

/** One table's rows, in column order, ready for either writer. */
export interface TablePlan {
  table: string
  columns: { name: string; type: ColumnType }[]
  rows: unknown[][]
}

/** Every column of the row type must be given a type, so a new field cannot be forgotten. */
function plan<Row extends object>(
  table: string,
  rows: Row[],
  types: { [Column in keyof Row & string]: ColumnType },
): TablePlan {
  const names = Object.keys(types) as (keyof Row & string)[]
  return {
    table,
    columns: names.map((name) => ({ name, type: types[name] })),
    rows: rows.map((row) => names.map((name) => row[name])),
  }
}

const id = 'uuid'
const text = 'text'
const int = 'int'
const numeric = 'numeric'
const at = 'timestamptz'

/**
 * The public tables of the demo in foreign-key order (auth.users goes first, written apart
 * because each writer hashes the password its own way): decisions after the forums, check-ins
 * and accounts they hang off, risks after the members who own them and the value items.
 */
export function demoTablePlans(data: DemoData): TablePlan[] {
  return [
    plan('public.orgs', data.orgs, {
      id,
      name: text,
      cadence_strategic_days: int,
      cadence_core_days: int,
      cadence_transactional_days: int,
    }),
    plan('public.members', data.members, {
      id,
      org_id: id,
      user_id: id,
      role: text,
      display_name: text,
      email: text,
    }),
    plan('public.accounts', data.accounts, {
      id,
      org_id: id,
      kind: text,
      name: text,
      short_name: text,
      tier: text,
      cadence_days: int,
      maturity_self: int,
      maturity_partner: int,
      strategic_goals: text,
      status: text,
    }),
    plan('public.assignments', data.assignments, {
      id,
      org_id: id,
      account_id: id,
      user_id: id,
      role: text,
    }),
    plan('public.contacts', data.contacts, {
      id,
      org_id: id,
      account_id: id,
      name: text,
      title: text,
      email: text,
      phone: text,
      influence: text,
    }),
    plan('public.forums', data.forums, {
      id,
      org_id: id,
      name: text,
      purpose: text,
      charter: text,
      cadence_days: int,
      co_chairs: text,
    }),
    plan('public.forum_members', data.forum_members, {
      id,
      org_id: id,
      forum_id: id,
      account_id: id,
      contact_id: id,
      user_id: id,
      role: text,
    }),
    plan('public.checkins', data.checkins, {
      id,
      org_id: id,
      account_id: id,
      author_id: id,
      occurred_at: at,
      kind: text,
      attendee_contact_ids: 'uuid[]',
      attendee_user_ids: 'uuid[]',
      summary: text,
      notes: text,
      trust_pulse: int,
      start_doing: text,
      stop_doing: text,
      continue_doing: text,
      strategic_invite: 'bool',
      visibility: text,
      captured_at: at,
      forum_id: id,
      created_at: at,
      updated_at: at,
    }),
    plan('public.action_items', data.action_items, {
      id,
      org_id: id,
      account_id: id,
      checkin_id: id,
      title: text,
      details: text,
      owner_side: text,
      assignee_user_id: id,
      contact_id: id,
      due_on: 'date',
      status: text,
      completed_at: at,
      created_at: at,
      updated_at: at,
    }),
    plan('public.value_items', data.value_items, {
      id,
      org_id: id,
      account_id: id,
      vendor_account_id: id,
      title: text,
      outcome: text,
      metric: text,
      baseline: text,
      target: text,
      realised: text,
      baseline_value: numeric,
      target_value: numeric,
      realised_value: numeric,
      unit: text,
      stage: text,
      created_at: at,
      updated_at: at,
    }),
    plan('public.value_updates', data.value_updates, {
      id,
      org_id: id,
      value_item_id: id,
      author_id: id,
      stage: text,
      realised_value: numeric,
      note: text,
      created_at: at,
      updated_at: at,
    }),
    plan('public.scorecards', data.scorecards, {
      id,
      org_id: id,
      vendor_account_id: id,
      agency_account_id: id,
      period: 'quarter',
      outcomes: int,
      responsiveness: int,
      collaboration: int,
      innovation: int,
      delivery: int,
      grade: text,
      comments: text,
    }),
    plan('public.decisions', data.decisions, {
      id,
      org_id: id,
      forum_id: id,
      checkin_id: id,
      account_id: id,
      title: text,
      rationale: text,
      decided_on: 'date',
      status: text,
      created_at: at,
      updated_at: at,
    }),
    plan('public.risks', data.risks, {
      id,
      org_id: id,
      account_id: id,
      vendor_account_id: id,
      value_item_id: id,
      kind: text,
      title: text,
      description: text,
      likelihood: int,
      impact: int,
      owner_user_id: id,
      mitigation: text,
      status: text,
      review_on: 'date',
      created_at: at,
      updated_at: at,
    }),
  ]
}
