import { describe, expect, it } from 'vitest'
import { changedFields } from './changed-fields.ts'

describe('changedFields', () => {
  it('keeps only what the form changed from the row it opened with', () => {
    const opened = { title: 'Renewals', unit: '%', target_value: 50 }
    expect(changedFields(opened, { title: 'Renewals', unit: '%', target_value: 60 })).toEqual({
      target_value: 60,
    })
    expect(changedFields(opened, { title: 'Renewals', unit: null as never })).toEqual({
      unit: null,
    })
  })
})
