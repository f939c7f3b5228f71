import { describe, expect, it } from 'vitest'
import { emptyValueDraft, readValueDraft } from './value-draft.ts'

const filled = {
  ...emptyValueDraft({ accountId: 'dor', vendorId: 'quill' }),
  title: '  E-file adoption ',
  outcome: 'Faster refunds',
  unit: '%',
  baseline: '78',
  target: '90%',
  realised: '',
}

describe('readValueDraft', () => {
  it('reads numbers as typed and blanks as nothing', () => {
    const { fields, problems } = readValueDraft(filled)
    expect(problems.size).toBe(0)
    expect(fields).toEqual({
      account_id: 'dor',
      vendor_account_id: 'quill',
      title: 'E-file adoption',
      outcome: 'Faster refunds',
      metric: null,
      unit: '%',
      stage: 'idea',
      baseline_value: 78,
      target_value: 90,
      realised_value: null,
    })
  })

  it('names every field that cannot be saved, in words', () => {
    const { problems } = readValueDraft({
      ...filled,
      accountId: '',
      title: ' ',
      unit: 'u'.repeat(31),
      realised: 'about 80',
      target: '2e12',
    })
    expect(Object.fromEntries(problems)).toEqual({
      accountId: 'Pick the relationship this value is for',
      title: 'This can’t be empty',
      unit: 'Too long: 30 characters at most',
      realised: 'Enter a number, like 84 or 2.5 — or leave it empty',
      target: 'Must be a number no larger than 1,000,000,000,000 either way',
    })
  })
})
