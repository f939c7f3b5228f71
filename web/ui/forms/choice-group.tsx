import { useId } from 'react'

export interface Choice<T extends string | number> {
  value: T
  label: string
  /** A second, smaller line (e.g. "Strained" under "1"). */
  detail?: string
}

export interface ChoiceGroupProps<T extends string | number> {
  legend: string
  options: readonly Choice<T>[]
  value: T | null
  onChange: (value: T) => void
  /** Columns of the grid at the narrowest width; wider screens keep them. */
  columns: number
  hint?: string
  /** What is wrong with the choice, read with the group; null or absent when nothing is. */
  error?: string | null
  /** The id of the first radio, for moving the focus to the group. */
  id?: string
}

/**
 * A radio group drawn as a segmented control: native radios (arrow keys, form semantics) under
 * large tap targets.
 */
export function ChoiceGroup<T extends string | number>(props: ChoiceGroupProps<T>) {
  const id = useId()
  const legendId = `${id}-legend`
  const hintId = props.hint ? `${id}-hint` : undefined
  const errorId = props.error ? `${id}-error` : undefined
  return (
    <fieldset
      className="fieldset"
      role="radiogroup"
      aria-labelledby={legendId}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      aria-invalid={props.error ? true : undefined}
    >
      <legend id={legendId} className="fieldset-legend">
        {props.legend}
      </legend>
      {props.hint && (
        <p id={hintId} className="field-hint">
          {props.hint}
        </p>
      )}
      <div className="choice-grid" style={{ gridTemplateColumns: `repeat(${props.columns}, 1fr)` }}>
        {props.options.map((option, index) => (
          <label key={option.value} className="choice">
            <input
              id={index === 0 ? props.id : undefined}
              type="radio"
              className="choice-input"
              name={id}
              value={option.value}
              checked={props.value === option.value}
              onChange={() => props.onChange(option.value)}
            />
            <span className="choice-face">
              <span className="choice-label">{option.label}</span>
              {option.detail && (
                <>
                  {' '}
                  <span className="choice-detail">{option.detail}</span>
                </>
              )}
            </span>
          </label>
        ))}
      </div>
      {props.error && (
        <p id={errorId} className="field-error">
          {props.error}
        </p>
      )}
    </fieldset>
  )
}
