import { excerpt, highlightParts, type TextPart } from './highlight.ts'
import type { IndexEntry, ResultKind } from './search-index.ts'
import type { SearchResults } from './search-query.ts'

// Per member of the union, so `kind` still tells which `row` it is.
type Shown<T> = T extends unknown
  ? Omit<T, 'haystack' | 'title' | 'body'> & {
      /** The first line, cut into runs with the query's words marked; empty when it has none. */
      title: TextPart[]
      /** An excerpt of the longer text around its first match, marked; empty when none. */
      body: TextPart[]
    }
  : never

/** A result as the Search screen renders it. */
export type ShownEntry = Shown<IndexEntry>

export interface ShownGroup {
  kind: ResultKind
  entries: ShownEntry[]
  total: number
}

export interface ShownResults {
  terms: string[]
  groups: ShownGroup[]
  total: number
}

function shown(entry: IndexEntry, terms: readonly string[]): ShownEntry {
  const { haystack: _haystack, title, body, ...rest } = entry
  const parts = {
    title: title ? highlightParts(title, terms) : [],
    body: body ? highlightParts(excerpt(body, terms), terms) : [],
  }
  return { ...rest, ...parts } as ShownEntry
}

/**
 * The results made ready to render, in the search worker: the matched words marked and the
 * excerpts cut there, and the folded haystacks and whole notes left behind, so the page neither
 * copies nor scans them on every key.
 *
 * @example
 * post({ type: 'results', query, results: showResults(search(query)) })
 */
export function showResults(results: SearchResults): ShownResults {
  const groups = results.groups.map((group) => ({
    kind: group.kind,
    total: group.total,
    entries: group.entries.map((entry) => shown(entry, results.terms)),
  }))
  return { terms: results.terms, groups, total: results.total }
}
