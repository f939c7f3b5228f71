import { useRowList } from '../../ui/forms/use-row-list.ts'
import type { CommitmentDraft } from './checkin-draft.ts'
import { CommitmentFields, PrivateCommitmentNote } from './commitment-fields.tsx'

export interface CommitmentRowsProps {
  rows: CommitmentDraft[]
  onChange: (rows: CommitmentDraft[]) => void
  errors: Map<string, string>
  /** A private check-in: its commitments are its author's alone. */
  isPrivate?: boolean
}

/** The id of a row's title input, for focusing it. */
export const commitmentTitleId = (key: string) => `commitment-${key}-title`

/**
 * The commitments made during the check-in, one row each, added and removed in place.
 */
export function CommitmentRows({ rows, onChange, errors, isPrivate }: CommitmentRowsProps) {
  const list = useRowList(rows, onChange, {
    fieldId: commitmentTitleId,
    addId: 'add-commitment',
    blank: () => ({ title: '', side: 'us' as const, due: '' }),
  })

  return (
    <fieldset className="fieldset">
      <legend className="fieldset-legend">Commitments</legend>
      {rows.length === 0 && (
        <p className="field-hint">What either side promised, with a due date if there is one.</p>
      )}
      {isPrivate && <PrivateCommitmentNote />}
      {rows.map((row, index) => (
        // A fieldset's legend names the row for screen readers without becoming a label of it.
        <fieldset key={row.key} className="commitment-row">
          <legend className="commitment-row-legend">Commitment {index + 1}</legend>
          <CommitmentFields
            idPrefix={`commitment-${row.key}`}
            value={row}
            error={errors.get(row.key) ?? null}
            isPrivate={isPrivate}
            onChange={(value) => list.change(row.key, value)}
          />
          <button
            type="button"
            className="button button-quiet button-small commitment-remove"
            onClick={() => list.remove(row.key, index)}
          >
            Remove
          </button>
        </fieldset>
      ))}
      <button
        id="add-commitment"
        type="button"
        className="button button-secondary"
        onClick={list.add}
      >
        Add commitment
      </button>
    </fieldset>
  )
}
