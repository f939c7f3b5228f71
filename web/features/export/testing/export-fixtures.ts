import type { LocalRow } from '../../../local/local-db.ts'
import { actionItemFields, checkinFields } from '../../../local/testing/device-fixtures.ts'
import type { ExportFilter } from '../export-filter.ts'
import type { ExportSource } from '../export-source.ts'

// Small hand-checked rows for the export tests. Times are at midday UTC so their day is the
// same on any test machine's calendar. The range is 2026-09-04 to 2026-12-02.

export const me = 'u-me'
export const kim = 'u-kim'
const org = 'o-1'

const base = (id: string, created = '2026-01-05T12:00:00Z', deleted = false) => ({
  id,
  org_id: org,
  version: 1,
  created_at: created,
  updated_at: created,
  deleted_at: deleted ? '2026-11-30T12:00:00Z' : null,
})

const account = (id: string, name: string, kind: 'agency' | 'vendor'): LocalRow<'accounts'> => ({
  ...base(id),
  kind,
  name,
  short_name: null,
  tier: 'core',
  cadence_days: null,
  maturity_self: null,
  maturity_partner: null,
  strategic_goals: null,
  status: 'active',
})

export const checkin = (
  id: string,
  account_id: string,
  author_id: string,
  day: string,
  more: Partial<LocalRow<'checkins'>> = {},
): LocalRow<'checkins'> => ({
  ...base(id, `${day}T12:00:00Z`),
  author_id,
  ...checkinFields(account_id, `${day}T12:00:00Z`, { summary: `Summary ${id}`, trust_pulse: 4 }),
  ...more,
})

const item = (
  id: string,
  account_id: string,
  more: Partial<LocalRow<'action_items'>>,
): LocalRow<'action_items'> => ({
  ...base(id, '2026-08-01T12:00:00Z'),
  ...actionItemFields(account_id, { title: `Commitment ${id}` }),
  ...more,
})

const decision = (id: string, more: Partial<LocalRow<'decisions'>>): LocalRow<'decisions'> => ({
  ...base(id, '2026-08-01T12:00:00Z'),
  forum_id: null,
  checkin_id: null,
  account_id: null,
  title: `Decision ${id}`,
  rationale: null,
  decided_on: null,
  status: 'decided',
  ...more,
})

const valueItem = (
  id: string,
  account_id: string,
  updated: string,
  more: Partial<LocalRow<'value_items'>> = {},
): LocalRow<'value_items'> => ({
  ...base(id, '2026-01-05T12:00:00Z'),
  updated_at: `${updated}T12:00:00Z`,
  account_id,
  vendor_account_id: null,
  title: `Value ${id}`,
  outcome: null,
  metric: null,
  baseline: null,
  target: null,
  realised: null,
  stage: 'in_delivery',
  baseline_value: null,
  target_value: null,
  realised_value: null,
  unit: null,
  ...more,
})

const scorecard = (id: string, period: string): LocalRow<'scorecards'> => ({
  ...base(id),
  vendor_account_id: 'v-quill',
  agency_account_id: 'a-dmv',
  period,
  // (2 × 5 + 3 + 3 + 3 + 3) / 6 = 22 / 6 = 3.67 → C
  outcomes: 5,
  responsiveness: 3,
  collaboration: 3,
  innovation: 3,
  delivery: 3,
  comments: null,
})

const risk = (
  id: string,
  account_id: string,
  created: string,
  more: Partial<LocalRow<'risks'>>,
): LocalRow<'risks'> => ({
  ...base(id, `${created}T12:00:00Z`),
  account_id,
  vendor_account_id: null,
  value_item_id: null,
  kind: 'contract',
  title: `Risk ${id}`,
  description: null,
  likelihood: 3,
  impact: 5,
  owner_user_id: null,
  mitigation: null,
  status: 'open',
  review_on: null,
  ...more,
})

/** The device's rows: the comment beside each says whether the default filter keeps it. */
export const source: ExportSource = {
  accounts: [
    account('a-dor', 'Department of Revenue', 'agency'), // assigned to me
    account('a-dmv', 'Department of Motor Vehicles', 'agency'),
    account('v-quill', 'Quillfeather Digital', 'vendor'),
  ],
  forums: [],
  names: new Map([
    [me, 'Alex Rivera'],
    [kim, 'Kim Lee'],
  ]),
  myAccountIds: new Set(['a-dor']),
  checkins: [
    checkin('c1', 'a-dor', me, '2026-11-10', {
      kind: 'call',
      strategic_invite: true,
      attendee_user_ids: [kim],
    }), // kept
    checkin('c2', 'a-dmv', kim, '2026-11-20'), // kept, not mine
    checkin('c3', 'a-dor', kim, '2026-11-15', { visibility: 'private' }), // Kim's alone
    checkin('c4', 'a-dor', me, '2026-11-16', { visibility: 'private' }), // kept: my own
    { ...checkin('c5', 'a-dor', me, '2026-11-17'), deleted_at: '2026-11-18T12:00:00Z' }, // gone
    checkin('c6', 'a-dor', me, '2026-09-03'), // the day before the range
  ],
  action_items: [
    item('i1', 'a-dor', { due_on: '2026-11-30', checkin_id: 'c1' }), // mine: unassigned, my account
    item('i2', 'a-dmv', { due_on: '2026-12-02', assignee_user_id: kim }), // the range's last day
    item('i3', 'a-dor', { due_on: '2026-10-01', checkin_id: 'c3', owner_side: 'them' }), // Kim's private
    item('i4', 'a-dor', { created_at: '2026-11-01T12:00:00Z' }), // no due date: made in the range
    { ...item('i5', 'a-dor', { due_on: '2026-11-01' }), deleted_at: '2026-11-02T12:00:00Z' },
    item('i6', 'a-dmv', { due_on: '2026-12-03', assignee_user_id: me }), // after the range
  ],
  decisions: [
    decision('d1', { checkin_id: 'c3', decided_on: '2026-11-15' }), // taken in Kim's private
    decision('d2', { account_id: 'a-dmv', decided_on: '2026-10-10' }),
    decision('d3', { checkin_id: 'c1', created_at: '2026-11-11T12:00:00Z' }), // at my check-in
  ],
  value_items: [
    valueItem('v1', 'a-dor', '2026-10-01', {
      vendor_account_id: 'v-quill',
      baseline_value: 78,
      target_value: 90,
      realised_value: 84, // (84 − 78) / 12 = 50 %
    }),
    valueItem('v2', 'a-dmv', '2026-06-01'), // last changed before the range
    { ...valueItem('v3', 'a-dor', '2026-11-01'), deleted_at: '2026-11-02T12:00:00Z' },
  ],
  scorecards: [scorecard('s1', '2026-Q3'), scorecard('s2', '2026-Q2')],
  risks: [
    risk('r1', 'a-dmv', '2026-05-01', { owner_user_id: me, review_on: '2026-11-20' }), // review
    risk('r2', 'a-dor', '2026-10-01', {}), // unowned, my account
    risk('r3', 'a-dmv', '2026-11-05', { owner_user_id: kim, likelihood: 2, impact: 2 }),
    risk('r4', 'a-dmv', '2026-03-01', {}), // raised before, no review
  ],
}

/** Everyone's rows of every relationship over the range, seen by me. */
export const everyone: ExportFilter = {
  userId: me,
  from: '2026-09-04',
  to: '2026-12-02',
  accountId: null,
  mineOnly: false,
  myAccountIds: source.myAccountIds,
}
