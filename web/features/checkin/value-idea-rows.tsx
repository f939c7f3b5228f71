import { newId } from '../../local/new-id.ts'
import { useFocusLater } from '../forms/use-focus-later.ts'
import type { ValueIdeaDraft } from './checkin-draft.ts'

/** The id of an idea's title input, for focusing it. */
export const valueIdeaTitleId = (key: string) => `value-idea-${key}-title`

/**
 * Ideas heard during the check-in that are worth following as value items: one title each,
 * saved with the check-in as items of the relationship at stage "idea".
 *
 * @example
 * <ValueIdeaRows rows={draft.valueIdeas} onChange={setIdeas} errors={new Map()} />
 */
export function ValueIdeaRows(props: {
  rows: ValueIdeaDraft[]
  onChange: (rows: ValueIdeaDraft[]) => void
  errors: Map<string, string>
}) {
  const { rows, onChange, errors } = props
  const focusLater = useFocusLater()

  function add() {
    const key = newId()
    onChange([...rows, { key, title: '' }])
    focusLater(valueIdeaTitleId(key))
  }

  function remove(key: string, index: number) {
    onChange(rows.filter((row) => row.key !== key))
    const next = rows[index + 1] ?? rows[index - 1]
    focusLater(next ? valueIdeaTitleId(next.key) : 'add-value-idea')
  }

  return (
    <fieldset className="fieldset">
      <legend className="fieldset-legend">Value ideas</legend>
      {rows.length === 0 && (
        <p className="field-hint">
          An idea worth following becomes a value item of this relationship, at stage Idea.
        </p>
      )}
      {rows.map((row, index) => {
        const error = errors.get(row.key)
        const errorId = error ? `${valueIdeaTitleId(row.key)}-error` : undefined
        return (
          <div key={row.key} className="value-idea-row">
            <div className="field">
              <label htmlFor={valueIdeaTitleId(row.key)}>Value idea {index + 1}</label>
              <input
                id={valueIdeaTitleId(row.key)}
                type="text"
                autoComplete="off"
                value={row.title}
                aria-invalid={error ? true : undefined}
                aria-describedby={errorId}
                onChange={(event) =>
                  onChange(
                    rows.map((other) =>
                      other.key === row.key ? { ...other, title: event.target.value } : other,
                    ),
                  )
                }
              />
              {error && (
                <p id={errorId} className="field-error">
                  {error}
                </p>
              )}
            </div>
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() => remove(row.key, index)}
            >
              Remove<span className="visually-hidden"> value idea {index + 1}</span>
            </button>
          </div>
        )
      })}
      <button id="add-value-idea" type="button" className="button button-secondary" onClick={add}>
        Add value idea
      </button>
    </fieldset>
  )
}
