import { describe, expect, it } from 'vitest'
import type { ValueStage } from '../../../api/contract/value-register.ts'
import { historyLines } from './value-history.ts'

const update = (
  id: string,
  at: string,
  stage: ValueStage,
  realised_value: number | null = null,
  note: string | null = null,
) => ({ id, author_id: 'u1', stage, realised_value, note, created_at: `2026-${at}T10:00:00Z` })

describe('historyLines', () => {
  it('says what each update changed from the one before, newest first', () => {
    const lines = historyLines([
      update('c', '06-01', 'in_delivery', 80, 'First readings'),
      update('a', '03-01', 'idea'),
      update('b', '04-01', 'approved'),
      update('d', '07-01', 'in_delivery', null, 'Figures withdrawn'),
      update('e', '08-01', 'in_delivery', null, 'Vendor demo'),
    ])
    expect(lines.map((l) => [l.id, l.started, l.movedTo, l.realised, l.note])).toEqual([
      ['e', false, null, null, 'Vendor demo'],
      ['d', false, null, { value: null }, 'Figures withdrawn'],
      ['c', false, 'in_delivery', { value: 80 }, 'First readings'],
      ['b', false, 'approved', null, null],
      ['a', true, null, null, null],
    ])
  })

  it('shows a realised value the item started with', () => {
    const [line] = historyLines([update('a', '03-01', 'realised', 57)])
    expect(line).toMatchObject({ started: true, realised: { value: 57 } })
  })

  it('orders updates of the same instant by id', () => {
    const at = '05-01'
    const lines = historyLines([update('b', at, 'exploring'), update('a', at, 'idea')])
    expect(lines.map((l) => l.id)).toEqual(['b', 'a'])
    expect(lines[0]?.movedTo).toBe('exploring')
  })
})
