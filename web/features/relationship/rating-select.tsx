import { maturityLabels } from './account-labels.ts'

/**
 * A maturity rating, 1–5 with its name, or not rated.
 */
export function RatingSelect(props: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">Not rated</option>
        {[1, 2, 3, 4, 5].map((level) => (
          <option key={level} value={level}>
            {level} · {maturityLabels[level]}
          </option>
        ))}
      </select>
    </div>
  )
}
