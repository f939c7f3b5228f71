import { describe, expect, it } from 'vitest'
import type { ValueStage } from '../../../api/contract/value-register.ts'
import { historyLines } from './value-history.ts'

const update = (
  id: string,
  at: string,
  stage: ValueStage | null,
  realised_value: number | null = null,
  note: string | null = null,
) => ({ id, author_id: 'u1', stage, realised_value, note, created_at: `2026-${at}T10:00:00Z` })
const createdAt = '2026-03-01T10:00:20Z'

describe('historyLines', () => {
  it('says what each change did, newest first, the first being the item’s creation', () => {
    const { lines, startedWith } = historyLines(
      [
        update('c', '06-01', 'in_delivery', 80, 'First readings'),
        update('a', '03-01', 'idea'),
        update('b', '04-01', 'approved'),
        update('d', '07-01', null, 84),
        update('e', '08-01', null, null, 'Vendor demo'),
      ],
      createdAt,
    )
    expect(startedWith).toBe(true)
    expect(lines.map((l) => [l.id, l.started, l.movedTo, l.realised, l.note])).toEqual([
      ['e', false, null, null, 'Vendor demo'],
      ['d', false, null, 84, null],
      ['c', false, 'in_delivery', 80, 'First readings'],
      ['b', false, 'approved', null, null],
      ['a', true, 'idea', null, null],
    ])
  })

  it('never reads a change against the one before: two devices at once stay two plain lines', () => {
    // Device A recorded 50 while device B, which had not seen it, moved the stage only.
    const { lines } = historyLines(
      [
        update('a', '03-01', 'idea'),
        update('b', '05-01', null, 50),
        update('c', '05-02', 'approved'),
      ],
      createdAt,
    )
    expect(lines.map((l) => [l.movedTo, l.realised])).toEqual([
      ['approved', null],
      [null, 50],
      ['idea', null],
    ])
  })

  it('knows an item recorded before its history was kept', () => {
    const { lines, startedWith } = historyLines([update('b', '05-01', 'approved')], createdAt)
    expect(startedWith).toBe(false)
    expect(lines[0]?.started).toBe(false)
  })

  it('orders updates of the same instant by id', () => {
    const at = '03-01'
    const { lines } = historyLines(
      [update('b', at, 'exploring'), update('a', at, 'idea')],
      createdAt,
    )
    expect(lines.map((l) => l.id)).toEqual(['b', 'a'])
  })
})
