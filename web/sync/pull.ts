import { maxPullLimit, pullResponse, type PullResponse } from '../../api/contract/sync-protocol.ts'
import { ensureClientId, type DownloadProgress, type LocalDb } from '../local/local-db.ts'
import { readMeta } from '../local/meta.ts'
import { applyPullPages, resetLocalData } from './pull-apply.ts'
import { prefetchPages } from './pull-prefetch.ts'
import { syncError } from './sync-error.ts'
import type { SyncHttp } from './sync-http.ts'

/** Pages that may wait, fetched, while earlier ones are stored: bounds the memory a pull holds. */
const pagesAhead = 2

export interface PullOptions {
  /** Rows per page asked of the server. */
  limit?: number
  /**
   * Called as a long pull goes: after each stored batch of a full download (with the server's
   * estimate of the total) or of a pull that needed more than one page; null once it ended.
   */
  onProgress?: (progress: DownloadProgress | null) => void
}

/**
 * Pulls pages from the saved cursor until the server has no more. The next pages are fetched
 * while the last ones are stored; whatever has arrived is stored with the last page's cursor in
 * one transaction. `resetRequired` clears the synced rows (not the outbox) and downloads
 * everything again. Returns how many changes were applied.
 */
export async function pullChanges(
  db: LocalDb,
  http: SyncHttp,
  options: number | PullOptions = {},
): Promise<{ pulled: number }> {
  const { limit = maxPullLimit, onProgress } =
    typeof options === 'number' ? { limit: options } : options
  const clientId = await ensureClientId(db)
  const fetchPage = async (cursor: string | undefined): Promise<PullResponse> => {
    const query = new URLSearchParams({ limit: String(limit), clientId })
    if (cursor) query.set('cursor', cursor)
    const answer = await http('GET', `/api/sync/pull?${query.toString()}`)
    if (answer.status !== 200) throw syncError('bad_response', answer.status, 'pull answer')
    const parsed = pullResponse.safeParse(answer.body)
    if (!parsed.success) throw syncError('bad_response', 200, 'pull answer')
    const page = parsed.data
    if (page.resetRequired && !cursor) {
      throw syncError('bad_response', 200, 'reset asked without a cursor')
    }
    if (!page.resetRequired && page.hasMore && page.cursor === cursor) {
      throw syncError('bad_response', 200, 'pull cursor did not move')
    }
    return page
  }

  let pulled = 0
  let reset = false
  let start = await readMeta(db, 'cursor')
  let long = false
  if (!start) onProgress?.({ received: 0, estimatedTotal: null })
  else if (await readMeta(db, 'factsDeferred')) {
    onProgress?.((await readMeta(db, 'downloadProgress')) ?? null)
  }
  try {
    for (;;) {
      const feed = prefetchPages(fetchPage, start, pagesAhead)
      let resetAsked = false
      try {
        for (let pages = await feed.take(); pages.length > 0; pages = await feed.take()) {
          const stored = pages.filter((page) => !page.resetRequired)
          resetAsked = stored.length < pages.length
          const download = await applyPullPages(db, stored)
          pulled += stored.reduce((sum, page) => sum + page.changes.length, 0)
          long ||= stored.some((page) => page.hasMore)
          if (download) onProgress?.(download)
          else if (long) onProgress?.({ received: pulled, estimatedTotal: null })
        }
      } finally {
        feed.stop()
      }
      if (!resetAsked) return { pulled }
      if (reset) throw syncError('bad_response', 200, 'reset asked twice in one pull')
      reset = true
      await resetLocalData(db)
      start = undefined
      onProgress?.({ received: 0, estimatedTotal: null })
    }
  } finally {
    onProgress?.(null)
  }
}
