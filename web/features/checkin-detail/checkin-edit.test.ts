import { describe, expect, it } from 'vitest'
import { editChanges, editOf, validateEdit } from './checkin-edit.ts'

const row = {
  summary: 'Budget review',
  notes: 'They cut 10%.',
  start_doing: null,
  stop_doing: 'Late invoices',
  continue_doing: null,
  trust_pulse: 3,
  strategic_invite: false,
  visibility: 'org' as const,
}

describe('editOf', () => {
  it('fills the form from the row, empty text as ""', () => {
    expect(editOf(row)).toEqual({
      summary: 'Budget review',
      notes: 'They cut 10%.',
      startDoing: '',
      stopDoing: 'Late invoices',
      continueDoing: '',
      pulse: 3,
      strategicInvite: false,
      isPrivate: false,
    })
  })
})

describe('editChanges', () => {
  it('is empty when nothing changed, even with stray spaces', () => {
    expect(editChanges(row, editOf(row))).toEqual({})
    expect(editChanges(row, { ...editOf(row), summary: ' Budget review  ' })).toEqual({})
  })

  it('sends only the changed columns, trimmed, empty as null', () => {
    const edit = {
      ...editOf(row),
      notes: '  They cut 12%. ',
      stopDoing: '   ',
      startDoing: 'Monthly calls',
      pulse: null,
      strategicInvite: true,
      isPrivate: true,
    }
    expect(editChanges(row, edit)).toEqual({
      notes: 'They cut 12%.',
      stop_doing: null,
      start_doing: 'Monthly calls',
      trust_pulse: null,
      strategic_invite: true,
      visibility: 'private',
    })
  })
})

describe('validateEdit', () => {
  it('names the field that is too long and by how much', () => {
    const errors = validateEdit({ ...editOf(row), summary: 'x'.repeat(4001) })
    expect(errors.get('summary')).toBe(
      'Shorten the summary to 4,000 characters or fewer (now 4,001).',
    )
    expect(validateEdit(editOf(row)).size).toBe(0)
    expect(validateEdit({ ...editOf(row), notes: 'x'.repeat(20000) }).size).toBe(0)
  })
})
