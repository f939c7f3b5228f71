import { liveQuery } from 'dexie'
import type { LocalDb } from '../../local/local-db.ts'
import type { SearchAnswer } from './search-protocol.ts'
import { createIndexBuilder } from './search-index.ts'
import { createSearcher, type SearchResults } from './search-query.ts'
import { showResults } from './shown-results.ts'

async function readSearchable(db: LocalDb) {
  const [accounts, contacts, checkins, items, valueItems, decisions, forums] = await Promise.all([
    db.accounts.toArray(),
    db.contacts.toArray(),
    db.checkins.toArray(),
    db.action_items.toArray(),
    db.value_items.toArray(),
    db.decisions.toArray(),
    db.forums.toArray(),
  ])
  return { accounts, contacts, checkins, items, valueItems, decisions, forums }
}

export interface SearchService {
  /** Answers `query` as soon as the index is built, and again after each change of the data. */
  search(query: string): void
  close(): void
}

/**
 * Search over the device database, meant to run in a worker so building the index never holds
 * up the page: it reads every searchable row, keeps the index current as the rows change (in
 * this or any other tab or worker), and posts the results of the latest query.
 *
 * @example
 * const service = createSearchService(db, userId, 10, (answer) => postMessage(answer))
 * service.search('budget cut')
 */
export function createSearchService(
  db: LocalDb,
  userId: string,
  perGroup: number,
  post: (answer: SearchAnswer) => void,
): SearchService {
  const build = createIndexBuilder()
  let search: ((query: string) => SearchResults) | null = null
  let latest: string | null = null
  const answer = () => {
    if (search && latest !== null)
      post({ type: 'results', query: latest, results: showResults(search(latest)) })
  }
  const subscription = liveQuery(() => readSearchable(db)).subscribe({
    next: (rows) => {
      search = createSearcher(build({ ...rows, userId }), perGroup)
      answer()
    },
    error: (error: unknown) => post({ type: 'failed', message: String(error) }),
  })
  return {
    search(query) {
      latest = query
      answer()
    },
    close: () => subscription.unsubscribe(),
  }
}
