import { useState } from 'react'
import { recentFirst, type AccountSummary } from '../portfolio/use-account-summaries.ts'

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
 * Picks the relationship a check-in is about: the most recently visited first, and a search box
 * that narrows the list by name or short name (and picks the one left when only one matches).
 *
 * @example
 * <RelationshipPicker summaries={summaries} value={accountId} onChange={pick} error={null} />
 */
export function RelationshipPicker({ summaries, value, onChange, error }: RelationshipPickerProps) {
  const [query, setQuery] = useState('')
  const ordered = recentFirst(summaries)
  const found = query.trim() ? ordered.filter((s) => matches(s, query)) : ordered
  // The chosen relationship stays listed, or the select would silently show another one.
  const chosen = ordered.find((s) => s.account.id === value)
  const listed = chosen && !found.includes(chosen) ? [chosen, ...found] : found
  const recent = listed.filter((s) => s.lastCheckinAt).slice(0, recentCount)
  const rest = listed
    .filter((s) => !recent.includes(s))
    .sort((a, b) => a.account.name.localeCompare(b.account.name))

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
          {recent.length > 0 && (
            <optgroup label="Recent">
              {recent.map((s) => (
                <option key={s.account.id} value={s.account.id}>
                  {optionText(s)}
                </option>
              ))}
            </optgroup>
          )}
          {rest.length > 0 && (
            <optgroup label={recent.length ? 'All others' : 'All'}>
              {rest.map((s) => (
                <option key={s.account.id} value={s.account.id}>
                  {optionText(s)}
                </option>
              ))}
            </optgroup>
          )}
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
            : `${ordered.length} relationships, recent first`}
        </p>
      </div>
    </div>
  )
}
