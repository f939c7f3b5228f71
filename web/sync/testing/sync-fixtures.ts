import type { LocalDb } from '../../local/local-db.ts'
import { newId } from '../../local/new-id.ts'
import { accountFields, orgId, putAccount } from '../../local/testing/device-fixtures.ts'
import type { FakeSyncServer } from './fake-sync-server.ts'
import { createSyncHttp, type SyncHttp } from '../sync-http.ts'

/**
 * Sync HTTP against the fake server with a fixed token that a refresh cannot renew.
 */
export function fakeHttp(server: FakeSyncServer, token = 'token-u1'): SyncHttp {
  return createSyncHttp({
    fetch: server.fetch,
    getAccessToken: async () => token,
    refreshSession: async () => false,
  })
}

/**
 * Puts an account on both the server and the device, as a previous pull would have.
 */
export function seedAccount(server: FakeSyncServer, db: LocalDb): Promise<string> {
  return putAccount(db, server.put('accounts', { id: newId(), org_id: orgId, ...accountFields() }))
}
