import type { ShownResults } from './shown-results.ts'

/** What the page asks the search worker. */
export type SearchRequest =
  | { type: 'open'; dbName: string; userId: string; perGroup: number }
  | { type: 'search'; query: string }

/** What the search worker answers: the results for a query, again whenever the data changes. */
export type SearchAnswer =
  { type: 'results'; query: string; results: ShownResults } | { type: 'failed'; message: string }
