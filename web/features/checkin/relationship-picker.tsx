import { useState } from 'react'
import { useFocusLater } from '../../ui/forms/use-focus-later.ts'
import {
  mineMostDueFirst,
  recentFirst,
  type AccountSummary,
} from '../portfolio/use-account-summaries.ts'

const recentCount = 5

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
}

function matches(summary: AccountSummary, query: string): boolean {
  const { name, short_name } = summary.account
  return fold(`${name} ${short_name ?? ''}`).includes(fold(query.trim()))
}

function optionText({ account }: AccountSummary): string {
  return account.short_name ? `${account.name} (${account.short_name})` : account.name
}

export interface RelationshipPickerProps {
  summaries: AccountSummary[]
  value: string | null
  onChange: (accountId: string) => void
  error: string | null
}

/**
 * The relationship a check-in is about: once chosen, one line with a Change button (so the form
 * starts with what happened, not with a list); otherwise the picker.
 */
export function RelationshipChoice(props: RelationshipPickerProps) {
  const [changing, setChanging] = useState(false)
  const focusLater = useFocusLater()
  const chosen = props.summaries.find((s) => s.account.id === props.value)
  if (chosen && !changing && !props.error) {
    return (
      <div className="relationship-line">
        <p className="relationship-line-text">
          <span className="relationship-line-label">With</span>{' '}
          <strong>{optionText(chosen)}</strong>
        </p>
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={() => {
            setChanging(true)
            focusLater('checkin-relationship-search')
          }}
        >
          Change<span className="visually-hidden"> relationship</span>
        </button>
      </div>
    )
  }
  return (
    <RelationshipPicker
      {...props}
      onChange={(id) => {
        props.onChange(id)
        setChanging(false)
      }}
    />
  )
}

/**
 * Picks the relationship a check-in is about: the person's own, most due a visit first; then
 * the most recently visited; then the rest by name; and a search box that narrows the list by
 * name or short name (and picks the one left when only one matches).
 */
export function RelationshipPicker({ summaries, value, onChange, error }: RelationshipPickerProps) {
  const [query, setQuery] = useState('')
  const [now] = useState(() => new Date())
  const ordered = recentFirst(summaries)
  const found = query.trim() ? ordered.filter((s) => matches(s, query)) : ordered
  // The chosen relationship stays listed, or the select would silently show another one.
  const chosen = ordered.find((s) => s.account.id === value)
  const listed = chosen && !found.includes(chosen) ? [chosen, ...found] : found
  const due = mineMostDueFirst(listed, now)
  const recent = listed.filter((s) => s.lastCheckinAt && !due.includes(s)).slice(0, recentCount)
  const rest = listed
    .filter((s) => !due.includes(s) && !recent.includes(s))
    .sort((a, b) => a.account.name.localeCompare(b.account.name))
  const groups = [
    { label: 'Yours, most due a visit first', rows: due },
    { label: 'Recent', rows: recent },
    { label: due.length || recent.length ? 'All others' : 'All', rows: rest },
  ].filter((group) => group.rows.length > 0)

  function search(text: string) {
    setQuery(text)
    const hits = text.trim() ? ordered.filter((s) => matches(s, text)) : []
    const only = hits[0]
    if (hits.length === 1 && only && only.account.id !== value) onChange(only.account.id)
  }

  const errorId = error ? 'checkin-relationship-error' : undefined
  return (
    <div className="relationship-picker">
      <div className="field">
        <label htmlFor="checkin-relationship">Relationship</label>
        <select
          id="checkin-relationship"
          value={value ?? ''}
          onChange={(event) => event.target.value && onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={errorId}
        >
          <option value="" disabled>
            {listed.length ? 'Choose…' : 'No match — clear the search'}
          </option>
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.rows.map((s) => (
                <option key={s.account.id} value={s.account.id}>
                  {optionText(s)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {error && (
          <p id={errorId} className="field-error">
            {error}
          </p>
        )}
      </div>
      <div className="field field-compact">
        <label htmlFor="checkin-relationship-search">Search by name</label>
        <input
          id="checkin-relationship-search"
          type="search"
          value={query}
          autoComplete="off"
          placeholder="e.g. Revenue or DOR"
          aria-describedby="checkin-relationship-count"
          onChange={(event) => search(event.target.value)}
        />
        <p id="checkin-relationship-count" className="field-hint" aria-live="polite">
          {query.trim()
            ? `${found.length} ${found.length === 1 ? 'match' : 'matches'}`
            : `${ordered.length} relationships`}
        </p>
      </div>
    </div>
  )
}
