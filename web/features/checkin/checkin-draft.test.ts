import { describe, expect, it } from 'vitest'
import {
  emptyDraft,
  hasContent,
  localDateTime,
  parseDraft,
  type CheckinDraft,
} from './checkin-draft.ts'
import { toCheckinInput } from './checkin-input.ts'
import { validateDraft } from './checkin-validation.ts'

const now = new Date(2026, 10, 27, 9, 30)
const account = '0190b0e4-6a5e-7c3a-8b1d-2f4e6a8c0d12'

function draft(change: Partial<CheckinDraft> = {}): CheckinDraft {
  return { ...emptyDraft(now, account), ...change }
}

describe('the check-in draft', () => {
  it('counts a chosen relationship alone as nothing typed', () => {
    expect(hasContent(draft())).toBe(false)
    expect(hasContent(draft({ notes: 'Budget cut' }))).toBe(true)
    expect(hasContent(draft({ pulse: 2 }))).toBe(true)
  })

  it('survives a round trip through storage', () => {
    const typed = draft({
      notes: 'Budget cut',
      pulse: 3,
      commitments: [{ key: 'k1', title: 'Send roadmap', side: 'them', due: '2026-12-01' }],
    })
    expect(parseDraft(JSON.parse(JSON.stringify(typed)))).toEqual(typed)
  })

  it('repairs what an older or damaged draft holds', () => {
    const parsed = parseDraft({
      kind: 'telegram',
      pulse: 9,
      notes: 4,
      commitments: [{}],
      occurredAt: 'x',
    })
    expect(parsed).toMatchObject({ kind: 'visit', pulse: null, notes: '', accountId: null })
    expect(parsed?.commitments).toEqual([{ key: 'restored-0', title: '', side: 'us', due: '' }])
    expect(parseDraft('nonsense')).toBeNull()
  })
})

describe('validateDraft', () => {
  it('asks for a relationship in plain words', () => {
    expect(validateDraft(draft({ accountId: null }), now)).toEqual([
      { field: 'relationship', message: 'Pick a relationship' },
    ])
  })

  it('wants a title on every commitment row and a time that has happened', () => {
    const problems = validateDraft(
      draft({
        occurredAt: localDateTime(new Date(2026, 10, 28, 9, 30)),
        commitments: [{ key: 'a', title: '  ', side: 'us', due: '' }],
      }),
      now,
    )
    expect(problems.map((p) => p.field)).toEqual(['occurredAt', 'commitment:a'])
    expect(problems[1]?.message).toBe('Commitment 1 needs a title — or remove it')
  })

  it('holds texts to the server’s limits', () => {
    const [problem] = validateDraft(draft({ summary: 'x'.repeat(4001) }), now)
    expect(problem?.field).toBe('summary')
  })
})

describe('toCheckinInput', () => {
  it('turns blanks into nulls and carries the commitments', () => {
    const input = toCheckinInput(
      draft({
        summary: '  ',
        notes: ' Budget cut ',
        isPrivate: true,
        attendeeIds: ['c1', 'c1'],
        commitments: [{ key: 'a', title: ' Send roadmap ', side: 'vendor', due: '' }],
      }),
      account,
    )
    expect(input).toMatchObject({
      id: expect.any(String),
      account_id: account,
      kind: 'visit',
      occurred_at: new Date(2026, 10, 27, 9, 30).toISOString(),
      summary: null,
      notes: 'Budget cut',
      visibility: 'private',
      attendee_contact_ids: ['c1'],
      commitments: [{ title: 'Send roadmap', owner_side: 'vendor', due_on: null }],
    })
  })
})
