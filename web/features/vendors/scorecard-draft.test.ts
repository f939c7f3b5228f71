import { describe, expect, it } from 'vitest'
import { emptyScorecardDraft, readScorecardDraft, recentQuarters } from './scorecard-draft.ts'

const now = new Date('2026-12-01T09:00:00Z')

describe('readScorecardDraft', () => {
  it('reads the ratings as they are, an empty agency as none, blank comments as nothing', () => {
    const draft = emptyScorecardDraft({ vendorId: 'quill' }, now)
    draft.ratings.outcomes = 4
    draft.comments = '  '
    const { fields, problems } = readScorecardDraft(draft)
    expect(problems.size).toBe(0)
    expect(fields).toEqual({
      vendor_account_id: 'quill',
      agency_account_id: null,
      period: '2026-Q4',
      outcomes: 4,
      responsiveness: null,
      collaboration: null,
      innovation: null,
      delivery: null,
      comments: null,
    })
  })

  it('names what cannot be saved', () => {
    const draft = {
      ...emptyScorecardDraft({}, now),
      period: '2026-Q5',
      comments: 'x'.repeat(20001),
    }
    expect(Object.fromEntries(readScorecardDraft(draft).problems)).toEqual({
      vendorId: 'Pick the vendor this scorecard is for',
      period: 'The quarter must look like 2026-Q3',
      comments: 'Too long: 20,000 characters at most',
    })
  })
})

describe('recentQuarters', () => {
  it('runs back eight quarters across the year end', () => {
    expect(recentQuarters(now)).toEqual([
      '2026-Q4',
      '2026-Q3',
      '2026-Q2',
      '2026-Q1',
      '2025-Q4',
      '2025-Q3',
      '2025-Q2',
      '2025-Q1',
    ])
  })
})
