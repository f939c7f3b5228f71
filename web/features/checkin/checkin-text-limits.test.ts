import { describe, expect, it } from 'vitest'
import { writableFields } from '../../../api/contract/tables.ts'
import { editOf, validateEdit } from '../checkin-detail/checkin-edit.ts'
import { emptyDraft } from './checkin-draft.ts'
import { toCheckinInput } from './checkin-input.ts'
import { validateDraft } from './checkin-validation.ts'

// The new check-in form, the edit form and the server measure a text the same way: as it is
// stored, trimmed. A summary of 4,000 characters wrapped in blank lines is one all three take.
const now = new Date('2026-06-01T09:00:00Z')
const padded = (length: number) => `\n  ${'s'.repeat(length)}  \n`
const edit = editOf({
  summary: null,
  notes: null,
  start_doing: null,
  stop_doing: null,
  continue_doing: null,
  trust_pulse: null,
  strategic_invite: false,
  visibility: 'org',
})

function verdicts(summary: string) {
  const draft = { ...emptyDraft(now, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'), summary }
  const saved = toCheckinInput(draft, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11').summary
  return {
    newForm: validateDraft(draft, now).every((p) => p.field !== 'summary'),
    editForm: !validateEdit({ ...edit, summary }).has('summary'),
    server: writableFields.checkins.shape.summary.safeParse(summary).success,
    stored: saved?.length,
  }
}

describe('a check-in text’s length, on both forms and the server', () => {
  it('takes 4,000 characters with blanks around them everywhere, stored trimmed', () => {
    expect(verdicts(padded(4000))).toEqual({
      newForm: true,
      editForm: true,
      server: true,
      stored: 4000,
    })
  })

  it('refuses 4,001 everywhere', () => {
    expect(verdicts(padded(4001))).toMatchObject({ newForm: false, editForm: false, server: false })
  })
})
