import { ChoiceGroup } from '../forms/choice-group.tsx'
import { ratingLabels } from './scorecard-text.ts'

const choices = [1, 2, 3, 4, 5].map((value) => ({
  value,
  label: String(value),
  detail: ratingLabels[value],
}))

/**
 * One scorecard criterion rated 1–5 in a tap, or left unrated (it then drops out of the grade).
 *
 * @example
 * <RatingField legend="Outcomes" hint="…" value={4} onChange={set} />
 */
export function RatingField(props: {
  legend: string
  hint: string
  value: number | null
  onChange: (value: number | null) => void
}) {
  return (
    <div className="pulse-field">
      <ChoiceGroup
        legend={props.legend}
        hint={props.hint}
        options={choices}
        value={props.value}
        onChange={props.onChange}
        columns={5}
      />
      {props.value !== null && (
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={() => props.onChange(null)}
        >
          Leave {props.legend.toLowerCase()} unrated
        </button>
      )}
    </div>
  )
}
