import { storedText } from '../../../api/contract/text-rules.ts'
import type { Fields } from '../../../api/contract/tables.ts'

type Contact = Fields<'contacts'>
export type Influence = NonNullable<Contact['influence']>

export const influenceLabels: Record<Influence, string> = {
  decision_maker: 'Decision maker',
  champion: 'Champion',
  influencer: 'Influencer',
  user: 'User',
  detractor: 'Detractor',
}

/** The contact form's fields as typed ('' for empty). */
export interface ContactDraft {
  name: string
  title: string
  email: string
  phone: string
  influence: Influence | ''
}

export type ContactField = keyof ContactDraft

/**
 * The form's starting values: a contact's, or empty for a new one.
 *
 * @example
 * contactDraft(null) // { name: '', title: '', email: '', phone: '', influence: '' }
 */
export function contactDraft(contact: Partial<Contact> | null): ContactDraft {
  return {
    name: contact?.name ?? '',
    title: contact?.title ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    influence: contact?.influence ?? '',
  }
}

const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const phoneShape = /^[+\d\s().\-/x]*$/i

/**
 * What is wrong with a contact form, field by field, in plain words; empty when it can be saved.
 *
 * @example
 * validateContact({ ...contactDraft(null), email: 'ana@' }).get('name') // 'Enter the person’s name.'
 */
export function validateContact(draft: ContactDraft): Map<ContactField, string> {
  const errors = new Map<ContactField, string>()
  const name = draft.name.trim()
  const email = draft.email.trim()
  const phone = draft.phone.trim()
  if (!name) errors.set('name', 'Enter the person’s name.')
  else if (name.length > 200) errors.set('name', 'Shorten the name to 200 characters or fewer.')
  if (draft.title.trim().length > 200) {
    errors.set('title', 'Shorten the title to 200 characters or fewer.')
  }
  if (email && (!emailShape.test(email) || email.length > 320)) {
    errors.set('email', 'Enter an email address like name@agency.gov, or leave it empty.')
  }
  const digits = phone.replace(/\D/g, '').length
  if (phone && (!phoneShape.test(phone) || digits < 7 || phone.length > 50)) {
    errors.set('phone', 'Enter a phone number with at least 7 digits, like +1 555 010 2030.')
  }
  return errors
}

/**
 * The columns to save from a valid form: trimmed, empty text as null.
 *
 * @example
 * contactFields({ name: ' Ana ', title: '', email: '', phone: '', influence: 'champion' })
 * // { name: 'Ana', title: null, email: null, phone: null, influence: 'champion' }
 */
export function contactFields(draft: ContactDraft): Omit<Contact, 'account_id'> {
  return {
    name: draft.name.trim(),
    title: storedText(draft.title),
    email: storedText(draft.email),
    phone: storedText(draft.phone),
    influence: draft.influence || null,
  }
}
