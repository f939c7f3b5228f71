import { useState, type FormEvent } from 'react'
import { TextField } from '../forms/text-field.tsx'

export interface CommitmentMenuProps {
  id: string
  title: string
  dueOn: string | null
  onRedate: (dueOn: string) => Promise<void>
  onDrop: () => Promise<void>
}

/**
 * The less frequent actions on a commitment, opened from its "More" button: give it a new due
 * date, or drop it (it will not happen, and stops counting against follow-through).
 *
 * @example
 * <CommitmentMenu id="menu-1" title={item.title} dueOn={item.due_on} onRedate={r} onDrop={d} />
 */
export function CommitmentMenu({ id, title, dueOn, onRedate, onDrop }: CommitmentMenuProps) {
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
    </div>
  )
}
