import { ownerSides, type OwnerSide } from './checkin-draft.ts'
import { sideLabels } from './checkin-options.ts'

export interface CommitmentValue {
  title: string
  side: OwnerSide
  due: string
}

export interface CommitmentFieldsProps {
  /** Prefix for the controls' ids; unique per row. */
  idPrefix: string
  value: CommitmentValue
  onChange: (value: CommitmentValue) => void
  error?: string | null
  /** Made at a private check-in: ours means mine, since nobody else will see it. */
  isPrivate?: boolean
}

/** The words under commitments made at a private check-in. */
export function PrivateCommitmentNote() {
  return (
    <p className="field-hint" role="note">
      Made at a private check-in: only you will see it
    </p>
  )
}

/**
 * The three inputs of a commitment — what, whose, by when — labelled "Commitment", "Whose" and
 * "Due" in every row.
 */
export function CommitmentFields(props: CommitmentFieldsProps) {
  const { idPrefix, value, onChange, error } = props
  const errorId = error ? `${idPrefix}-error` : undefined
  return (
    <div className="commitment-fields">
      <div className="field commitment-title">
        <label htmlFor={`${idPrefix}-title`}>Commitment</label>
        <input
          id={`${idPrefix}-title`}
          type="text"
          autoComplete="off"
          value={value.title}
          placeholder="e.g. Send the migration plan"
          aria-invalid={error ? true : undefined}
          aria-describedby={errorId}
          onChange={(event) => onChange({ ...value, title: event.target.value })}
        />
        {error && (
          <p id={errorId} className="field-error">
            {error}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-side`}>Whose</label>
        <select
          id={`${idPrefix}-side`}
          value={value.side}
          onChange={(event) => onChange({ ...value, side: event.target.value as OwnerSide })}
        >
          {ownerSides.map((side) => (
            <option key={side} value={side}>
              {side === 'us' && props.isPrivate ? 'Me' : sideLabels[side]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-due`}>Due</label>
        <input
          id={`${idPrefix}-due`}
          type="date"
          value={value.due}
          onChange={(event) => onChange({ ...value, due: event.target.value })}
        />
      </div>
    </div>
  )
}
