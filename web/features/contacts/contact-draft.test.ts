import { describe, expect, it } from 'vitest'
import { contactDraft, contactFields, validateContact } from './contact-draft.ts'

const valid = { ...contactDraft(null), name: 'Ana Ruiz' }

describe('validateContact', () => {
  it('accepts a name alone', () => {
    expect(validateContact(valid).size).toBe(0)
  })

  it('asks for a name, in plain words', () => {
    expect(validateContact({ ...valid, name: '   ' }).get('name')).toBe('Enter the person’s name.')
    expect(validateContact({ ...valid, name: 'x'.repeat(201) }).get('name')).toMatch(/200/)
  })

  it('checks the shape of an email address and a phone number, when given', () => {
    expect(
      validateContact({ ...valid, email: 'ana@agency.gov', phone: '+1 (555) 010-2030' }).size,
    ).toBe(0)
    expect(validateContact({ ...valid, email: 'ana@agency' }).get('email')).toMatch(/name@agency/)
    expect(validateContact({ ...valid, phone: '555-12' }).get('phone')).toMatch(/7 digits/)
    expect(validateContact({ ...valid, phone: 'call me' }).get('phone')).toMatch(/7 digits/)
  })

  it('limits the title', () => {
    expect(validateContact({ ...valid, title: 'x'.repeat(201) }).get('title')).toMatch(/200/)
  })
})

describe('contactDraft and contactFields', () => {
  it('round-trips a contact, trimming and turning empty text into null', () => {
    const draft = contactDraft({
      name: 'Ana',
      title: null,
      email: 'a@b.gov',
      phone: null,
      influence: 'champion',
    })
    expect(draft).toEqual({
      name: 'Ana',
      title: '',
      email: 'a@b.gov',
      phone: '',
      influence: 'champion',
    })
    expect(contactFields({ ...draft, name: ' Ana ', title: '  ', influence: '' })).toEqual({
      name: 'Ana',
      title: null,
      email: 'a@b.gov',
      phone: null,
      influence: null,
    })
  })
})
