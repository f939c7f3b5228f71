import { memo, useEffect } from 'react'
import { markFirstScreenReady } from '../../app/first-screen.ts'
import { useNow } from '../../app/use-now.ts'
import { Screen } from '../../ui/screen.tsx'
import { useSignedIn } from '../../app/shell/signed-in.tsx'
import type { ResultKind } from './search-index.ts'
import { SearchResult } from './search-result.tsx'
import type { ShownGroup } from './shown-results.ts'
import { useDeviceSearch } from './use-device-search.ts'
import { useQueryParam } from '../../app/use-query-param.ts'

const groupTitles: Record<ResultKind, string> = {
  account: 'Relationships',
  contact: 'Contacts',
  checkin: 'Check-ins',
  commitment: 'Commitments',
  value: 'Value items',
  decision: 'Decisions',
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

// Memoised: typing re-renders the screen at once, before the worker answers; unchanged results
// must not be rendered again then. Results are keyed by their place in the list, not their id:
// each answer is a new list, and updating the links already on screen costs far less than
// replacing them.
const Group = memo(function Group(props: { group: ShownGroup; now: Date }) {
  const { group, now } = props
  const titleId = `search-group-${group.kind}`
  const more = group.total - group.entries.length
  return (
    <section className="search-group" aria-labelledby={titleId}>
      <h2 id={titleId} className="search-group-title">
        {groupTitles[group.kind]} <span className="count">({group.total})</span>
      </h2>
      <ul className="search-results">
        {group.entries.map((entry, place) => (
          <SearchResult key={place} entry={entry} now={now} />
        ))}
      </ul>
      {more > 0 && <p className="search-more">{more} more — add a word to narrow the search.</p>}
    </section>
  )
})

/**
 * Search over everything on this device — relationships, contacts, check-in notes, commitments —
 * as you type, offline. Every word must match; matches are marked; each result opens its screen.
 */
export function SearchScreen() {
  const { userId } = useSignedIn()
  const now = useNow(60_000)
  const [query, setQuery] = useQueryParam('q')
  const { answer, ready } = useDeviceSearch(userId, query)
  // Opened first, Search is ready once its index is: the app's other start-up work waits for it.
  useEffect(() => {
    if (ready) markFirstScreenReady()
  }, [ready])
  const typed = query.trim() !== ''
  // Until the worker answers what is typed, the previous answer stays on screen.
  const searched = answer?.query ?? ''
  const results = answer?.results ?? null
  const summary = !results || !typed ? '' : plural(results.total, 'result', 'results')

  return (
    <Screen title="Search">
      <div className="field search-box">
        <label htmlFor="search-input" className="visually-hidden">
          Search
        </label>
        <input
          id="search-input"
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          aria-describedby="search-hint"
          placeholder="Name, word from notes, commitment…"
          onChange={(event) => setQuery(event.target.value)}
        />
        <p id="search-hint" className="field-hint">
          Relationships, contacts, check-in notes, commitments, value items and decisions on this
          device — even offline.
        </p>
      </div>
      <p role="status" className="visually-hidden">
        {summary}
      </p>
      <div className="search-output" data-query={results ? searched : undefined}>
        {!typed ? null : !results ? (
          // Once the index is built, an answer is a moment away: nothing flashes meanwhile.
          !ready && <p className="loading-note">Getting this device’s data ready…</p>
        ) : results.total === 0 ? (
          <p className="search-none">
            Nothing on this device matches “{searched.trim()}”. Try fewer or shorter words.
          </p>
        ) : (
          results.groups.map((group) => <Group key={group.kind} group={group} now={now} />)
        )}
      </div>
    </Screen>
  )
}
