import { matchesAll, queryTerms } from './fold-text.ts'
import { resultKinds, type IndexEntry, type ResultKind, type SearchIndex } from './search-index.ts'

/** One group of results: the first `limit` matches and how many there are in all. */
export interface ResultGroup {
  kind: ResultKind
  entries: IndexEntry[]
  total: number
}

export interface SearchResults {
  terms: string[]
  groups: ResultGroup[]
  total: number
}

type Found = Record<ResultKind, IndexEntry[]>

function findAll(rows: Record<ResultKind, readonly IndexEntry[]>, terms: string[]): Found {
  const found = Object.fromEntries(resultKinds.map((kind) => [kind, []])) as unknown as Found
  for (const kind of resultKinds) {
    for (const row of rows[kind]) if (matchesAll(row.haystack, terms)) found[kind].push(row)
  }
  return found
}

function firstOfEach(found: Found, terms: string[], limit: number): SearchResults {
  const groups = resultKinds
    .filter((kind) => found[kind].length > 0)
    .map((kind) => ({ kind, entries: found[kind].slice(0, limit), total: found[kind].length }))
  return { terms, groups, total: groups.reduce((sum, group) => sum + group.total, 0) }
}

/**
 * Whether every row matching `next` also matches `previous`: each earlier word lies inside some
 * new word (typing on: "bud" → "budget", "budget" → "budget cut").
 *
 * @example
 * refines(['bud'], ['budget', 'cut']) // true
 * refines(['budget'], ['bud'])        // false
 */
export function refines(previous: readonly string[], next: readonly string[]): boolean {
  return previous.every((word) => next.some((term) => term.includes(word)))
}

/**
 * Finds the rows holding every word of the query (accents and case ignored), per group in the
 * index's order, at most `limit` per group; groups without matches are left out.
 *
 * @example
 * searchIndex(index, 'budget cut', 20).groups[0] // { kind: 'checkin', entries: [...], total: 3 }
 */
export function searchIndex(index: SearchIndex, query: string, limit = 20): SearchResults {
  const terms = queryTerms(query)
  if (terms.length === 0) return { terms, groups: [], total: 0 }
  return firstOfEach(findAll(index, terms), terms, limit)
}

/**
 * A search over one index that remembers its last answer, for typing: the same words give the
 * same results object back (nothing re-renders), and a query that narrows the last one only
 * looks through the last one's matches.
 *
 * @example
 * const search = createSearcher(index)
 * search('bud') // scans the index
 * search('budget') // scans only what matched "bud"
 */
export function createSearcher(index: SearchIndex, limit = 20): (query: string) => SearchResults {
  let last: { key: string; terms: string[]; found: Found; results: SearchResults } | null = null
  return (query) => {
    const terms = queryTerms(query)
    if (terms.length === 0) return { terms, groups: [], total: 0 }
    const key = [...terms].sort().join(' ')
    if (last?.key === key) return last.results
    const within = last && refines(last.terms, terms) ? last.found : index
    const found = findAll(within, terms)
    last = { key, terms, found, results: firstOfEach(found, terms, limit) }
    return last.results
  }
}
