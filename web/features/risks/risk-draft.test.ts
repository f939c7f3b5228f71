import { describe, expect, it } from 'vitest'
import { emptyRiskDraft, readRiskDraft } from './risk-draft.ts'

describe('readRiskDraft', () => {
  it('reads a filled-in risk, blanks as nothing', () => {
    const { fields, problems } = readRiskDraft({
      ...emptyRiskDraft('dlw'),
      title: ' Cut-over slips into filing season ',
      kind: 'project',
      likelihood: 4,
      impact: 5,
      reviewOn: '2026-12-15',
    })
    expect(problems.size).toBe(0)
    expect(fields).toMatchObject({
      account_id: 'dlw',
      vendor_account_id: null,
      title: 'Cut-over slips into filing season',
      likelihood: 4,
      impact: 5,
      description: null,
      review_on: '2026-12-15',
    })
  })

  it('names what is missing or wrong', () => {
    const { problems } = readRiskDraft({ ...emptyRiskDraft(), reviewOn: '2026-13-40' })
    expect(Object.fromEntries(problems)).toEqual({
      accountId: 'Pick the relationship the risk is for',
      likelihood: 'Rate how likely it is, 1 to 5',
      impact: 'Rate its impact, 1 to 5',
      title: 'This can’t be empty',
      reviewOn: 'Enter the day of the next review, or leave it empty',
    })
  })
})
