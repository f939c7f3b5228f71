import { describe, expect, it } from 'vitest'
import type { Rejection } from '../../local/local-db.ts'
import { describeRejection, typedText } from './rejection-text.ts'

const base: Rejection = {
  seq: 4,
  table: 'checkins',
  op: 'upsert',
  id: '0190b0e4-6a5e-7c3a-8b1d-2f4e6a8c0d12',
  code: 'forbidden',
  message: 'new row violates row-level security policy',
  fields: {
    org_id: 'o1',
    account_id: 'a1',
    summary: 'Quarterly review',
    notes: 'Budget cut by 10%',
    trust_pulse: 2,
    strategic_invite: false,
    stop_doing: '',
  },
  at: '2026-11-27T10:00:00Z',
}

describe('describeRejection', () => {
  it('names the change and the reason in plain words', () => {
    const text = describeRejection(base)
    expect(text.what).toBe('Check-in')
    expect(text.why).toMatch(/role doesn’t allow/)
  })

  it('keeps every non-empty text that was typed, and names the other fields', () => {
    const text = describeRejection(base)
    expect(text.typed).toEqual([
      { label: 'Summary', text: 'Quarterly review' },
      { label: 'Notes', text: 'Budget cut by 10%' },
    ])
    expect(text.alsoChanged).toEqual(['trust pulse 2', 'strategic invite'])
    expect(typedText(text)).toBe('Summary:\nQuarterly review\n\nNotes:\nBudget cut by 10%')
  })

  it('calls a value item’s title by its name, and keeps a refused scorecard’s words and ratings', () => {
    const item = describeRejection({
      ...base,
      table: 'value_items',
      code: 'conflict',
      fields: { title: 'Online renewals', vendor_account_id: 'v1', realised_value: 57 },
    })
    expect(item).toMatchObject({
      what: 'Value item',
      typed: [{ label: 'Value item', text: 'Online renewals' }],
      alsoChanged: ['realised value 57'],
    })
    const card = describeRejection({
      ...base,
      table: 'scorecards',
      code: 'conflict',
      fields: { period: '2026-Q3', outcomes: 4, comments: 'Strong quarter' },
    })
    expect(card.typed).toEqual([
      { label: 'Quarter', text: '2026-Q3' },
      { label: 'Comments', text: 'Strong quarter' },
    ])
    expect(card.alsoChanged).toEqual(['outcomes 4'])
  })

  it('copes with codes and tables it does not know', () => {
    const text = describeRejection({ ...base, table: 'widgets', code: 'unknown', fields: {} })
    expect(text).toEqual({
      what: 'widgets',
      why: 'The server refused it.',
      typed: [],
      alsoChanged: [],
    })
  })
})
