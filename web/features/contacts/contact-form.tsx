import { useState, type FormEvent } from 'react'
import type { LocalRow } from '../../local/local-db.ts'
import { LocalWriteError } from '../../local/local-write.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { FormFooter } from '../../ui/forms/form-footer.tsx'
import { TextField } from '../../ui/forms/text-field.tsx'
import {
  contactDraft,
  influenceLabels,
  validateContact,
  type ContactDraft,
  type ContactField,
  type Influence,
} from './contact-draft.ts'
import { saveContact } from './save-contact.ts'

export interface ContactFormProps {
  account: { id: string; org_id: string }
  /** The contact to edit; null adds a new one. */
  contact: LocalRow<'contacts'> | null
  /** Called with the saved name, or null when cancelled. */
  onDone: (saved: string | null) => void
}

const order: ContactField[] = ['name', 'title', 'email', 'phone', 'influence']

/**
 * Adds or edits a contact on this device (offline too): name, title, email, phone, influence,
 * checked in plain words before anything is saved. Its name field's id is
 * `new-contact-name` or `contact-<id>-name`, for moving the focus there.
 */
export function ContactForm({ account, contact, onDone }: ContactFormProps) {
  const db = useLocalDb()
  const id = contact ? `contact-${contact.id}` : 'new-contact'
  const [draft, setDraft] = useState(() => contactDraft(contact))
  const [errors, setErrors] = useState<Map<ContactField, string>>(new Map())
  const [failed, setFailed] = useState<string | null>(null)
  const fieldId = (field: ContactField) => `${id}-${field}`
  const set = (field: ContactField) => (value: string) => {
    setDraft((d): ContactDraft => ({ ...d, [field]: value }))
    setErrors((e) => (e.has(field) ? new Map([...e].filter(([key]) => key !== field)) : e))
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    const found = validateContact(draft)
    setErrors(found)
    const first = order.find((field) => found.has(field))
    if (first) {
      document.getElementById(fieldId(first))?.focus()
      return
    }
    try {
      await saveContact(db, account, contact?.id ?? null, draft)
      onDone(draft.name.trim())
    } catch (error) {
      setFailed(
        error instanceof LocalWriteError ? error.message : 'The contact could not be saved.',
      )
    }
  }

  const text = (field: Exclude<ContactField, 'influence'>, label: string, extra = {}) => (
    <TextField
      id={fieldId(field)}
      label={label}
      value={draft[field]}
      error={errors.get(field) ?? null}
      onChange={set(field)}
      {...extra}
    />
  )
  return (
    <form
      className="contact-form stack-form"
      noValidate
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => void submit(event)}
    >
      <h2 id={`${id}-heading`} className="panel-title">
        {contact ? `Edit ${contact.name}` : 'New contact'}
      </h2>
      {text('name', 'Name', { autoComplete: 'off' })}
      {text('title', 'Job title')}
      {text('email', 'Email', { inputMode: 'email', hint: 'Optional.' })}
      {text('phone', 'Phone', { inputMode: 'tel', hint: 'Optional.' })}
      <div className="field">
        <label htmlFor={fieldId('influence')}>Influence</label>
        <p id={`${fieldId('influence')}-hint`} className="field-hint">
          How they sway decisions about us.
        </p>
        <select
          id={fieldId('influence')}
          value={draft.influence}
          aria-describedby={`${fieldId('influence')}-hint`}
          onChange={(event) => set('influence')(event.target.value as Influence | '')}
        >
          <option value="">Not set</option>
          {Object.entries(influenceLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <FormFooter
        error={failed}
        saveLabel={contact ? 'Save changes' : 'Add contact'}
        onCancel={() => onDone(null)}
        buttonsClassName="contact-form-buttons"
      />
    </form>
  )
}
