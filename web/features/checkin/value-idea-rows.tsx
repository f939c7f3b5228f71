import { useRowList } from '../../ui/forms/use-row-list.ts'
import type { ValueIdeaDraft } from './checkin-draft.ts'
import { TextField } from '../../ui/forms/text-field.tsx'

/** The id of an idea's title input, for focusing it. */
export const valueIdeaTitleId = (key: string) => `value-idea-${key}-title`

/**
 * Ideas heard during the check-in that are worth following as value items: one title each,
 * saved with the check-in as items of the relationship at stage "idea".
 */
export function ValueIdeaRows(props: {
  rows: ValueIdeaDraft[]
  onChange: (rows: ValueIdeaDraft[]) => void
  errors: Map<string, string>
  /** A private check-in: its ideas still become value items everyone in the org sees. */
  isPrivate: boolean
}) {
  const { rows, errors } = props
  const list = useRowList(rows, props.onChange, {
    fieldId: valueIdeaTitleId,
    addId: 'add-value-idea',
    blank: () => ({ title: '' }),
  })

  return (
    <fieldset className="fieldset">
      <legend className="fieldset-legend">Value ideas</legend>
      {rows.length === 0 && (
        <p className="field-hint">
          An idea worth following becomes a value item of this relationship, at stage Idea.
        </p>
      )}
      {props.isPrivate && rows.length > 0 && (
        <p className="field-hint" role="note">
          This check-in is private, but value items are not: everyone in the organisation will see
          these ideas.
        </p>
      )}
      {rows.map((row, index) => {
        return (
          <div key={row.key} className="value-idea-row">
            <TextField
              id={valueIdeaTitleId(row.key)}
              label={`Value idea ${index + 1}`}
              value={row.title}
              error={errors.get(row.key) ?? null}
              onChange={(title) => list.change(row.key, { title })}
            />
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() => list.remove(row.key, index)}
            >
              Remove<span className="visually-hidden"> value idea {index + 1}</span>
            </button>
          </div>
        )
      })}
      <button
        id="add-value-idea"
        type="button"
        className="button button-secondary"
        onClick={list.add}
      >
        Add value idea
      </button>
    </fieldset>
  )
}
