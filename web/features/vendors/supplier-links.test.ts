import { describe, expect, it } from 'vitest'
import { supplierLinks, type LinkRows, type LinkScorecard } from './supplier-links.ts'

const live = { deleted_at: null }
const accounts = [
  { id: 'dor', kind: 'agency' as const, ...live },
  { id: 'dmv', kind: 'agency' as const, ...live },
  { id: 'sac', kind: 'partner' as const, ...live },
  { id: 'quill', kind: 'vendor' as const, ...live },
  { id: 'tess', kind: 'vendor' as const, ...live },
]
const none: LinkRows = {
  accounts,
  valueItems: [],
  scorecards: [],
  forums: [],
  forumMembers: [],
  contacts: [],
}
const card = (
  id: string,
  agency: string | null,
  period: string,
  outcomes: number | null,
): LinkScorecard => ({
  id,
  vendor_account_id: 'quill',
  agency_account_id: agency,
  period,
  outcomes,
  responsiveness: null,
  collaboration: null,
  innovation: null,
  delivery: null,
  ...live,
})
const pairs = (rows: Partial<LinkRows>) =>
  supplierLinks({ ...none, ...rows }).map((l) => `${l.vendorId}→${l.agencyId}`)

describe('supplierLinks', () => {
  it('links a vendor to each relationship it delivers value for, once per pair', () => {
    const links = supplierLinks({
      ...none,
      valueItems: [
        { id: 'v1', account_id: 'dor', vendor_account_id: 'quill', ...live },
        { id: 'v2', account_id: 'dor', vendor_account_id: 'quill', ...live },
        { id: 'v3', account_id: 'dmv', vendor_account_id: 'quill', ...live },
        { id: 'v4', account_id: 'dmv', vendor_account_id: null, ...live },
        { id: 'v5', account_id: 'sac', vendor_account_id: 'quill', deleted_at: '2026-11-01' },
      ],
    })
    expect(links.map((l) => [l.agencyId, l.valueItemIds])).toEqual([
      ['dor', ['v1', 'v2']],
      ['dmv', ['v3']],
    ])
  })

  it('takes the latest graded scorecard per pair, and no pair from a scorecard with no agency', () => {
    // Outcomes alone: 5 → A, 3 → C; a card with nothing rated has no grade.
    const links = supplierLinks({
      ...none,
      scorecards: [
        card('s1', 'dor', '2026-Q2', 5),
        card('s2', 'dor', '2026-Q3', 3),
        card('s3', 'dor', '2026-Q4', null),
        card('s4', null, '2026-Q4', 4),
      ],
    })
    expect(links).toEqual([
      {
        vendorId: 'quill',
        agencyId: 'dor',
        valueItemIds: [],
        scorecardIds: ['s1', 's2', 's3'],
        forumIds: [],
        latest: { grade: 'C', period: '2026-Q3', scorecardId: 's2' },
      },
    ])
  })

  it('links vendors and the relationships they sit with on a forum, directly or by a contact', () => {
    const forumMembers = [
      { forum_id: 'council', account_id: 'tess', contact_id: null, ...live },
      { forum_id: 'council', account_id: 'dor', contact_id: null, ...live },
      { forum_id: 'council', account_id: null, contact_id: 'ann', ...live },
      { forum_id: 'council', account_id: 'quill', contact_id: null, deleted_at: '2026-10-01' },
    ]
    const contacts = [{ id: 'ann', account_id: 'sac', ...live }]
    const forums = [{ id: 'council', ...live }]
    expect(pairs({ forums, forumMembers, contacts })).toEqual(['tess→dor', 'tess→sac'])
    const closed = [{ id: 'council', deleted_at: '2026-10-01' }]
    expect(pairs({ forums: closed, forumMembers, contacts })).toEqual([])
  })

  it('never pairs two vendors, nor an account that is not on the device', () => {
    const valueItems = [
      { id: 'v1', account_id: 'tess', vendor_account_id: 'quill', ...live },
      { id: 'v2', account_id: 'gone', vendor_account_id: 'quill', ...live },
    ]
    expect(pairs({ valueItems })).toEqual([])
  })
})
