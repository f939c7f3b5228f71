import { commitmentFilters, filterLabels, type CommitmentFilter } from './commitment-filter.ts'

/**
 * The commitment filters as a row of chips: native radios (arrow keys move between them) under
 * 44 px faces, each with its count.
 */
export function FilterChips(props: {
  value: CommitmentFilter
  counts: Record<CommitmentFilter, number> | null
  onChange: (filter: CommitmentFilter) => void
}) {
  return (
    <fieldset className="chips">
      <legend className="visually-hidden">Show</legend>
      {commitmentFilters.map((filter) => (
        <label key={filter} className="chip">
          <input
            type="radio"
            name="commitment-filter"
            className="chip-input"
            value={filter}
            checked={props.value === filter}
            onChange={() => props.onChange(filter)}
          />
          <span className="chip-face">
            {filterLabels[filter]}
            {/* A blank count while loading keeps the chips from changing width when data comes. */}
            <span className="chip-count">{props.counts ? props.counts[filter] : '\u00a0'}</span>
          </span>
        </label>
      ))}
    </fieldset>
  )
}
