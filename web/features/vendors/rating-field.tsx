import { ChoiceGroup } from '../../ui/forms/choice-group.tsx'
import { ratingLabels } from './scorecard-text.ts'

const choices = [1, 2, 3, 4, 5].map((value) => ({
  value,
  label: String(value),
  detail: ratingLabels[value],
}))

/**
 * One scorecard criterion rated 1–5 in a tap, or left unrated (it then drops out of the grade).
 */
export function RatingField(props: {
  id: string
  legend: string
  hint: string
  value: number | null
  onChange: (value: number | null) => void
}) {
  function clear() {
    props.onChange(null)
    // The button goes with the rating; the focus stays in the group it cleared.
    document.querySelector<HTMLInputElement>(`#${props.id} input`)?.focus()
  }
  return (
    <div id={props.id} className="pulse-field">
      <ChoiceGroup
        legend={props.legend}
        hint={props.hint}
        options={choices}
        value={props.value}
        onChange={props.onChange}
        columns={5}
      />
      {props.value !== null && (
        <button type="button" className="button button-quiet button-small" onClick={clear}>
          Leave {props.legend.toLowerCase()} unrated
        </button>
      )}
    </div>
  )
}
