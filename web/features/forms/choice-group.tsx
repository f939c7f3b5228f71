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
}

/**
 * A radio group drawn as a segmented control: native radios (arrow keys, form semantics) under
 * large tap targets.
 *
 * @example
 * <ChoiceGroup legend="Kind" options={kinds} value={kind} onChange={setKind} columns={3} />
 */
export function ChoiceGroup<T extends string | number>(props: ChoiceGroupProps<T>) {
  const id = useId()
  const legendId = `${id}-legend`
  const hintId = props.hint ? `${id}-hint` : undefined
  return (
    <fieldset
      className="fieldset"
      role="radiogroup"
      aria-labelledby={legendId}
      aria-describedby={hintId}
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
        {props.options.map((option) => (
          <label key={option.value} className="choice">
            <input
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
    </fieldset>
  )
}
