import { useState, type FormEvent } from 'react'
import { TextField } from '../../ui/forms/text-field.tsx'

export interface CommitmentMenuProps {
  id: string
  title: string
  dueOn: string | null
  /** Re-dating and dropping need write access; adding to a calendar does not. */
  canWrite: boolean
  onRedate: (dueOn: string) => Promise<void>
  onDrop: () => Promise<void>
  onAddToCalendar: () => void
}

/**
 * The less frequent actions on a commitment, opened from its "More" button: add its due date to
 * the phone's calendar, give it a new due date, or drop it (it will not happen, and stops
 * counting against follow-through).
 */
export function CommitmentMenu(props: CommitmentMenuProps) {
  const { id, title, dueOn, canWrite, onRedate, onDrop, onAddToCalendar } = props
  const [date, setDate] = useState(dueOn ?? '')
  const [error, setError] = useState<string | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setError('Choose the new due date.')
    if (date === dueOn) return setError('That is already its due date.')
    setError(null)
    await onRedate(date)
  }

  return (
    <div id={id} className="ledger-menu">
      {dueOn && (
        <div className="ledger-calendar">
          <button
            type="button"
            className="button button-secondary button-small"
            aria-label={`Add to calendar: ${title}`}
            onClick={onAddToCalendar}
          >
            Add to calendar
          </button>
          <p className="field-hint">An all-day reminder on the due date.</p>
        </div>
      )}
      {canWrite && (
        <form className="ledger-redate" noValidate onSubmit={(event) => void submit(event)}>
          <TextField
            id={`${id}-date`}
            label="New due date"
            type="date"
            value={date}
            error={error}
            onChange={(value) => {
              setDate(value)
              setError(null)
            }}
          />
          <button type="submit" className="button button-secondary button-small">
            Save date
          </button>
        </form>
      )}
      {canWrite && (
        <div className="ledger-drop">
          <button
            type="button"
            className="button button-danger button-small"
            aria-label={`Drop: ${title}`}
            onClick={() => void onDrop()}
          >
            Drop
          </button>
          <p className="field-hint">For a commitment that will not happen.</p>
        </div>
      )}
    </div>
  )
}
