import { TextField } from '../../ui/forms/text-field.tsx'
import type { CheckinDraft } from './checkin-draft.ts'

type Field = 'startDoing' | 'stopDoing' | 'continueDoing'

const fields: { field: Field; label: string; hint: string }[] = [
  { field: 'startDoing', label: 'Start doing', hint: 'What they want us to begin.' },
  { field: 'stopDoing', label: 'Stop doing', hint: 'What gets in their way.' },
  { field: 'continueDoing', label: 'Continue doing', hint: 'What works and should stay.' },
]

export interface StartStopContinueProps {
  draft: CheckinDraft
  open: boolean
  onToggle: (open: boolean) => void
  onChange: (field: Field, value: string) => void
  /** Turns what they want us to start into a value idea. */
  onIdea: (title: string) => void
  errors: Map<string, string>
}

/** The ids of the three fields, for focusing one that has a problem. */
export const startStopContinueId = (field: Field) => `checkin-${field}`

/**
 * The optional start / stop / continue feedback, folded away until wanted.
 */
export function StartStopContinue({
  draft,
  open,
  onToggle,
  onChange,
  onIdea,
  errors,
}: StartStopContinueProps) {
  const start = draft.startDoing.trim()
  const isIdea = draft.valueIdeas.some((idea) => idea.title.trim() === start)
  const filled = fields.filter(({ field }) => draft[field].trim() !== '').length
  return (
    <details
      className="disclosure"
      open={open}
      onToggle={(event) => onToggle(event.currentTarget.open)}
    >
      <summary className="disclosure-summary">
        Start / stop / continue
        <span className="disclosure-note">{filled ? `${filled} of 3 filled` : 'Optional'}</span>
      </summary>
      <div className="disclosure-body">
        {fields.map(({ field, label, hint }) => (
          <div key={field} className="ssc-field">
            <TextField
              id={startStopContinueId(field)}
              label={label}
              hint={hint}
              rows={2}
              value={draft[field]}
              error={errors.get(field) ?? null}
              onChange={(value) => onChange(field, value)}
            />
            {field === 'startDoing' && start !== '' && !isIdea && (
              <button
                type="button"
                className="button button-quiet button-small"
                onClick={() => onIdea(start)}
              >
                Make it a value idea
              </button>
            )}
          </div>
        ))}
      </div>
    </details>
  )
}
