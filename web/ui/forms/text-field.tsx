import { useId, type ReactNode } from 'react'

export interface TextFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  /** A textarea of this many rows; a one-line input when left out. */
  rows?: number
  type?: 'text' | 'number' | 'date' | 'datetime-local' | 'search'
  hint?: ReactNode
  error?: string | null
  /** Shown after the label, on its line (e.g. a dictation button). */
  action?: ReactNode
  id?: string
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel'
  autoComplete?: string
  placeholder?: string
  min?: string | number
  max?: string | number
  className?: string
}

/**
 * A labelled text input or textarea with an optional hint and an error tied to it for screen
 * readers.
 */
export function TextField(props: TextFieldProps) {
  const fallbackId = useId()
  const id = props.id ?? fallbackId
  const hintId = props.hint ? `${id}-hint` : undefined
  const errorId = props.error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  const shared = {
    id,
    value: props.value,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy,
    placeholder: props.placeholder,
  }
  return (
    <div className={props.className ? `field ${props.className}` : 'field'}>
      <div className="field-label-row">
        <label htmlFor={id}>{props.label}</label>
        {props.action}
      </div>
      {props.hint && (
        <p id={hintId} className="field-hint">
          {props.hint}
        </p>
      )}
      {props.rows ? (
        <textarea
          {...shared}
          rows={props.rows}
          onChange={(event) => props.onChange(event.target.value)}
        />
      ) : (
        <input
          {...shared}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete ?? 'off'}
          min={props.min}
          max={props.max}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
      {props.error && (
        <p id={errorId} className="field-error">
          {props.error}
        </p>
      )}
    </div>
  )
}
