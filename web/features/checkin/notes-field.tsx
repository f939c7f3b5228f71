import { TextField } from '../../ui/forms/text-field.tsx'
import { useDictation } from './use-dictation.ts'

export interface NotesFieldProps {
  value: string
  onChange: (value: string) => void
  /** Appends dictated text; called with each phrase the browser recognises. */
  onDictated: (text: string) => void
  error: string | null
}

/**
 * The notes, with a dictation button when the browser offers speech recognition (and nothing
 * when it does not: no dead buttons).
 */
export function NotesField({ value, onChange, onDictated, error }: NotesFieldProps) {
  const dictation = useDictation(onDictated)
  const action = dictation.supported ? (
    <button
      type="button"
      className="button button-quiet button-small"
      onClick={dictation.listening ? dictation.stop : dictation.start}
    >
      <span className={dictation.listening ? 'mic mic-on' : 'mic'} aria-hidden="true" />
      {dictation.listening ? 'Stop dictating' : 'Dictate'}
    </button>
  ) : null
  return (
    <div className="notes-field">
      <TextField
        id="checkin-notes"
        label="Notes"
        value={value}
        onChange={onChange}
        rows={6}
        action={action}
        error={error}
        hint="What was said, what worries them, what they asked for."
      />
      <p className="field-hint" role="status">
        {dictation.listening ? 'Listening… your words are added to the notes.' : ''}
        {dictation.error && <span className="field-error">{dictation.error}</span>}
      </p>
    </div>
  )
}
