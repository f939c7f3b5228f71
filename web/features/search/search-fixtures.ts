import type { SearchSource } from './search-index.ts'

// Rows for the search tests: a few of each kind, with accents, a deleted account and private
// check-ins by two people.

export const me = 'user-me'
export const base = { deleted_at: null, updated_at: '2026-11-01T00:00:00.000Z', version: 1 }
const account = (id: string, name: string, short_name: string | null = null) => ({
  ...base,
  id,
  name,
  short_name,
  kind: 'agency' as const,
  status: 'active' as const,
})
export const checkin = (id: string, occurred_at: string, notes: string, extra = {}) => ({
  ...base,
  id,
  account_id: 'a1',
  author_id: me,
  occurred_at,
  kind: 'visit' as const,
  summary: null,
  notes,
  start_doing: null,
  stop_doing: null,
  continue_doing: null,
  visibility: 'org' as const,
  ...extra,
})

export const source: SearchSource = {
  userId: me,
  accounts: [
    account('a1', 'Department of Transportation', 'DOT'),
    account('a2', 'Département de la Santé'),
    { ...account('a3', 'Gone Agency'), deleted_at: '2026-01-01T00:00:00Z' },
  ],
  contacts: [
    { ...base, id: 'c1', account_id: 'a1', name: 'Ana Ruiz', title: 'Chief budget officer' },
    { ...base, id: 'c2', account_id: 'a3', name: 'Orphan Budget', title: null },
  ],
  checkins: [
    checkin('k1', '2026-11-01T10:00:00Z', 'The budget was cut by 10%'),
    checkin('k2', '2026-11-20T10:00:00Z', 'Budget review moved', { summary: 'Roadmap' }),
    checkin('k3', '2026-11-21T10:00:00Z', 'Private budget worry', {
      visibility: 'private',
      author_id: 'someone-else',
    }),
    checkin('k4', '2026-11-22T10:00:00Z', 'My own private budget note', { visibility: 'private' }),
  ],
  items: [
    {
      ...base,
      id: 'i1',
      account_id: 'a1',
      title: 'Send budget figures',
      details: null,
      status: 'done',
      due_on: '2026-11-01',
      owner_side: 'us',
    },
    {
      ...base,
      id: 'i2',
      account_id: 'a2',
      title: 'Share roadmap',
      details: 'Include the budget line',
      status: 'open',
      due_on: '2026-12-01',
      owner_side: 'them',
    },
  ],
  valueItems: [
    {
      ...base,
      id: 'v1',
      account_id: 'a1',
      title: 'Fleet data in the analytics platform',
      outcome: 'Fewer budget surprises on fuel',
      metric: null,
      stage: 'idea',
    },
  ],
  decisions: [
    {
      ...base,
      id: 'd1',
      forum_id: 'f1',
      account_id: null,
      title: 'One identity provider',
      rationale: 'Residents prove who they are once; the budget follows',
      status: 'decided',
      decided_on: '2026-11-19',
    },
    {
      ...base,
      id: 'd2',
      forum_id: null,
      account_id: 'a1',
      title: 'Retire the fax line',
      rationale: null,
      status: 'proposed',
      decided_on: '2026-11-20',
    },
    {
      ...base,
      id: 'd3',
      forum_id: 'f1',
      account_id: null,
      title: 'Gone budget decision',
      rationale: null,
      status: 'reversed',
      decided_on: null,
      deleted_at: '2026-11-21T00:00:00Z',
    },
  ],
  forums: [{ ...base, id: 'f1', name: 'IT Governance Council' }],
}
