import { decisionStatusLabels } from '../governance/governance-text.ts'
import { useRowList } from '../../ui/forms/use-row-list.ts'
import type { DecisionDraft } from './checkin-draft.ts'
import { TextField } from '../../ui/forms/text-field.tsx'

/** The id of a decision's title input, for focusing it. */
export const decisionTitleId = (key: string) => `decision-${key}-title`

/**
 * Decisions taken at the meeting, one title and status each, saved with the check-in (a
 * forum's meeting: the forum's decisions).
 */
export function DecisionRows(props: {
  rows: DecisionDraft[]
  onChange: (rows: DecisionDraft[]) => void
  errors: Map<string, string>
}) {
  const { rows, errors } = props
  const list = useRowList(rows, props.onChange, {
    fieldId: decisionTitleId,
    addId: 'add-decision',
    blank: () => ({ title: '', status: 'decided' as const }),
  })
  return (
    <fieldset className="fieldset">
      <legend className="fieldset-legend">Decisions</legend>
      {rows.length === 0 && (
        <p className="field-hint">What the meeting decided, or put forward to decide.</p>
      )}
      {rows.map((row, index) => {
        return (
          <fieldset key={row.key} className="commitment-row">
            <legend className="commitment-row-legend">Decision {index + 1}</legend>
            <div className="commitment-fields">
              <TextField
                id={decisionTitleId(row.key)}
                className="commitment-title"
                label="Decision"
                value={row.title}
                error={errors.get(row.key) ?? null}
                onChange={(title) => list.change(row.key, { title })}
              />
              <div className="field">
                <label htmlFor={`decision-${row.key}-status`}>Status</label>
                <select
                  id={`decision-${row.key}-status`}
                  value={row.status}
                  onChange={(event) =>
                    list.change(row.key, { status: event.target.value as DecisionDraft['status'] })
                  }
                >
                  {(['decided', 'proposed'] as const).map((status) => (
                    <option key={status} value={status}>
                      {decisionStatusLabels[status]}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <button
              type="button"
              className="button button-quiet button-small commitment-remove"
              onClick={() => list.remove(row.key, index)}
            >
              Remove<span className="visually-hidden"> decision {index + 1}</span>
            </button>
          </fieldset>
        )
      })}
      <button
        id="add-decision"
        type="button"
        className="button button-secondary"
        onClick={list.add}
      >
        Add decision
      </button>
    </fieldset>
  )
}
