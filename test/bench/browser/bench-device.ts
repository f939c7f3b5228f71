import { claimDevice } from '../../../web/local/device-user.ts'
import { openLocalDb, type LocalDb } from '../../../web/local/local-db.ts'
import { createSyncHttp, type SyncHttp } from '../../../web/sync/sync-http.ts'
import { accountFields } from '../../../web/local/testing/device-fixtures.ts'
import type { BenchScope } from '../bench-api.ts'

/**
 * A fresh device database signed in as `scope.userId`, holding the account the writes go under
 * (placed directly, as a pull would have left it: the bench times writes, not this setup).
 */
export async function benchDevice(name: string, scope: BenchScope): Promise<LocalDb> {
  const db = await openLocalDb(name)
  await claimDevice(db, scope.userId)
  const at = new Date().toISOString()
  await db.accounts.put({
    id: scope.accountId,
    org_id: scope.orgId,
    ...accountFields(),
    version: 1,
    created_at: at,
    updated_at: at,
    deleted_at: null,
  })
  return db
}

/**
 * The real sync HTTP client, same origin, with a fixed access token (no refresh), and how long
 * its requests took in all (network, server, JSON both ways).
 */
export function benchHttp(token: string): { http: SyncHttp; waitedMs: () => number } {
  const send = createSyncHttp({
    fetch: (input, init) => fetch(input, init),
    getAccessToken: async () => token,
    refreshSession: async () => false,
    timeoutMs: 60_000,
  })
  let waited = 0
  const http: SyncHttp = async (method, path, body) => {
    const start = performance.now()
    try {
      return await send(method, path, body)
    } finally {
      waited += performance.now() - start
    }
  }
  return { http, waitedMs: () => waited }
}

/**
 * Milliseconds `work` took, by the page's monotonic clock.
 */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now()
  const value = await work()
  return { ms: performance.now() - start, value }
}
