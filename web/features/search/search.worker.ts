/// <reference lib="webworker" />
import { LocalDb } from '../../local/local-db.ts'
import type { SearchAnswer, SearchRequest } from './search-protocol.ts'
import { createSearchService, type SearchService } from './search-service.ts'

declare const self: DedicatedWorkerGlobalScope

let service: SearchService | null = null
const post = (answer: SearchAnswer) => self.postMessage(answer)

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  const request = event.data
  if (request.type === 'open') {
    // Read only: the page opened (and upgraded) the database before starting this worker.
    const db = new LocalDb(request.dbName)
    service = createSearchService(db, request.userId, request.perGroup, post)
  } else {
    service?.search(request.query)
  }
}
