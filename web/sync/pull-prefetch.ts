import type { PullResponse } from '../../api/contract/sync-protocol.ts'

/** Pages fetched ahead of the ones being stored, handed over in arrival order. */
export interface PageFeed {
  /** Every page that has arrived (waiting for one); [] once the last page was taken. */
  take(): Promise<PullResponse[]>
  /** Fetch no more pages (the caller gave up). */
  stop(): void
}

/**
 * Fetches pages one after another from `start` while earlier ones are being stored, at most
 * `ahead` pages waiting at a time so memory stays bounded. It stops after the last page
 * (`hasMore` false) or a `resetRequired` one; a failed fetch is thrown by `take` once the
 * pages that arrived before it have been taken, so none of them is lost.
 *
 * @example
 * const feed = prefetchPages((cursor) => fetchPage(cursor), savedCursor, 4)
 * for (let pages = await feed.take(); pages.length; pages = await feed.take()) await store(pages)
 */
export function prefetchPages(
  fetchPage: (cursor: string | undefined) => Promise<PullResponse>,
  start: string | undefined,
  ahead: number,
): PageFeed {
  const waiting: PullResponse[] = []
  let failure: { error: unknown } | null = null
  let finished = false
  let stopped = false
  let wakeTaker: (() => void) | null = null
  let wakeFetcher: (() => void) | null = null
  const wake = () => {
    wakeTaker?.()
    wakeTaker = null
  }

  async function run() {
    let cursor = start
    try {
      while (!stopped) {
        while (waiting.length >= ahead && !stopped) {
          await new Promise<void>((resolve) => (wakeFetcher = resolve))
        }
        if (stopped) break
        const page = await fetchPage(cursor)
        waiting.push(page)
        wake()
        if (page.resetRequired || !page.hasMore) break
        cursor = page.cursor
      }
    } catch (error) {
      failure = { error }
    }
    finished = true
    wake()
  }
  void run()

  return {
    async take() {
      while (waiting.length === 0 && !finished) {
        await new Promise<void>((resolve) => (wakeTaker = resolve))
      }
      if (waiting.length === 0) {
        if (failure) throw failure.error
        return []
      }
      const pages = waiting.splice(0)
      wakeFetcher?.()
      wakeFetcher = null
      return pages
    },
    stop() {
      stopped = true
      wakeFetcher?.()
      wakeFetcher = null
    },
  }
}
