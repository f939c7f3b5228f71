import { useState } from 'react'
import { useLocalDb } from '../../local/use-local-db.ts'
import { contactDraft, validateContact } from '../contacts/contact-draft.ts'
import { saveContact } from '../contacts/save-contact.ts'
import { TextField } from '../../ui/forms/text-field.tsx'
import { useFocusLater } from '../../ui/forms/use-focus-later.ts'

/**
 * "A new face": adds a contact to the relationship on this device (offline too) without leaving
 * the check-in, and hands back its id so it is ticked as there. Plain fields, not a form: it
 * sits inside the check-in's form.
 */
export function NewAttendeeFields(props: {
  account: { id: string; org_id: string }
  onAdded: (contactId: string, name: string) => void
}) {
  const db = useLocalDb()
  const focusLater = useFocusLater()
  const [open, setOpen] = useState(false)
  const [name, setName] = useState('')
  const [title, setTitle] = useState('')
  const [error, setError] = useState<string | null>(null)

  async function add() {
    const draft = { ...contactDraft(null), name, title }
    const problems = validateContact(draft)
    const problem = problems.get('name') ?? problems.get('title')
    if (problem) {
      setError(problem)
      focusLater(problems.has('name') ? 'new-attendee-name' : 'new-attendee-title')
      return
    }
    const id = await saveContact(db, props.account, null, draft)
    props.onAdded(id, name.trim())
    setName('')
    setTitle('')
    setError(null)
    setOpen(false)
    focusLater('new-attendee-open')
  }

  if (!open) {
    return (
      <button
        id="new-attendee-open"
        type="button"
        className="button button-quiet button-small"
        onClick={() => {
          setOpen(true)
          focusLater('new-attendee-name')
        }}
      >
        Add a new contact
      </button>
    )
  }
  return (
    <div className="new-attendee" role="group" aria-labelledby="new-attendee-label">
      <p id="new-attendee-label" className="fieldset-legend">
        New contact
      </p>
      <TextField
        id="new-attendee-name"
        label="Name"
        value={name}
        error={error && !name.trim() ? error : null}
        onChange={setName}
        autoComplete="off"
      />
      <TextField
        id="new-attendee-title"
        label="Title (optional)"
        value={title}
        error={error && name.trim() ? error : null}
        onChange={setTitle}
        autoComplete="off"
      />
      <div className="device-actions">
        <button type="button" className="button button-secondary" onClick={() => void add()}>
          Add contact
        </button>
        <button type="button" className="button button-quiet" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </div>
  )
}
