import { defaultPullLimit, pullResponse } from '../../api/contract/sync-protocol.ts'
import { ensureClientId, type LocalDb } from '../local/local-db.ts'
import { readMeta } from '../local/meta.ts'
import { applyPullPage, resetLocalData } from './pull-apply.ts'
import { syncError } from './sync-error.ts'
import type { SyncHttp } from './sync-http.ts'

/**
 * Pulls pages from the saved cursor until the server has no more; each page is applied with its
 * cursor in one transaction. `resetRequired` clears the synced rows (not the outbox) and
 * downloads everything again. Returns how many changes were applied.
 *
 * @example
 * const { pulled } = await pullChanges(db, http)
 */
export async function pullChanges(
  db: LocalDb,
  http: SyncHttp,
  limit = defaultPullLimit,
): Promise<{ pulled: number }> {
  const clientId = await ensureClientId(db)
  let pulled = 0
  let reset = false
  for (;;) {
    const cursor = await readMeta(db, 'cursor')
    const query = new URLSearchParams({ limit: String(limit), clientId })
    if (cursor) query.set('cursor', cursor)
    const answer = await http('GET', `/api/sync/pull?${query.toString()}`)
    if (answer.status !== 200) throw syncError('bad_response', answer.status, 'pull answer')
    const parsed = pullResponse.safeParse(answer.body)
    if (!parsed.success) throw syncError('bad_response', 200, 'pull answer')
    const page = parsed.data
    if (page.resetRequired) {
      if (!cursor || reset) throw syncError('bad_response', 200, 'reset asked without a cursor')
      reset = true
      await resetLocalData(db)
      continue
    }
    await applyPullPage(db, page)
    pulled += page.changes.length
    if (!page.hasMore) return { pulled }
    if (page.cursor === cursor) throw syncError('bad_response', 200, 'pull cursor did not move')
  }
}
