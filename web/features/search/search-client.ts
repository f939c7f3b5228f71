import type { SearchAnswer, SearchRequest } from './search-protocol.ts'
import type { ShownResults } from './shown-results.ts'

/** The answer to a query: what was asked and what was found. */
export interface Answer {
  query: string
  results: ShownResults
}

type Listener = (answer: Answer) => void

// Results shown per group on the Search screen.
const perGroup = 10

let running: {
  key: string
  worker: Worker
  last: Answer | null
  listeners: Set<Listener>
} | null = null

function start(dbName: string, userId: string) {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' })
  const key = `${dbName}|${userId}`
  const client = { key, worker, last: null as Answer | null, listeners: new Set<Listener>() }
  worker.onmessage = (event: MessageEvent<SearchAnswer>) => {
    const answer = event.data
    if (answer.type === 'failed') {
      console.error('search worker:', answer.message)
      return
    }
    client.last = { query: answer.query, results: answer.results }
    for (const listener of client.listeners) listener(client.last)
  }
  worker.onerror = (event) => console.error('search worker:', event.message)
  const open: SearchRequest = { type: 'open', dbName, userId, perGroup }
  worker.postMessage(open)
  return client
}

/**
 * The device's search, run by a worker that builds the index in the background and keeps it
 * current; one per signed-in person, started on first use (or early, by `warmSearch`).
 *
 * @example
 * const search = searchClient(db.name, userId)
 * const stop = search.subscribe((answer) => show(answer))
 * search.ask('budget')
 */
export function searchClient(dbName: string, userId: string) {
  if (running?.key !== `${dbName}|${userId}`) {
    stopSearch()
    running = start(dbName, userId)
  }
  const client = running
  return {
    last: () => client.last,
    ask(query: string) {
      const request: SearchRequest = { type: 'search', query }
      client.worker.postMessage(request)
    },
    subscribe(listener: Listener): () => void {
      client.listeners.add(listener)
      return () => {
        client.listeners.delete(listener)
      }
    },
  }
}

/**
 * Starts the search worker a moment after the app is up, so the index is built before the
 * person first opens Search. Returns the cancel.
 */
export function warmSearch(dbName: string, userId: string, afterMs = 2000): () => void {
  const timer = setTimeout(() => searchClient(dbName, userId), afterMs)
  return () => clearTimeout(timer)
}

/**
 * Stops the search worker (sign-out): its database connection must not outlive the data.
 */
export function stopSearch(): void {
  running?.worker.terminate()
  running = null
}
