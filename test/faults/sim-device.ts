import { Dexie } from 'dexie'
import { claimDevice } from '../../web/local/device-user.ts'
import { openLocalDb, type LocalDb } from '../../web/local/local-db.ts'
import { readMeta } from '../../web/local/meta.ts'
import { headlessEnvironment } from '../../web/sync/sync-environment.ts'
import { memoryLocks } from '../../web/sync/sync-locks.ts'
import { createSyncEngine, type SyncEngine } from '../../web/sync/sync-engine.ts'

/** Where a device gets an access token (a past `now` gives an expired one). */
export interface TokenIssuer {
  token(userId: string, now?: Date): Promise<string>
}

export interface SentMutation {
  clientId: string
  seq: number
  table: string
  id: string
  op: 'upsert' | 'delete'
}

/**
 * One phone: the real device database and sync engine of web/, in Node on fake-indexeddb,
 * talking to the server only through the (faulty) network it is given.
 */
export class SimDevice {
  db!: LocalDb
  engine!: SyncEngine
  clientId = ''
  /** Every mutation this device queued, read from its outbox right after each write. */
  readonly mutations: SentMutation[] = []
  /** Ids of contacts this device created and may delete (one device deletes a row once). */
  readonly ownContacts: string[] = []
  private token = ''
  private recordedUpTo = 0
  refreshFails = false

  constructor(
    readonly name: string,
    readonly userId: string,
    private readonly server: TokenIssuer,
    private readonly fetch: typeof globalThis.fetch,
  ) {}

  async open() {
    this.db = await openLocalDb(this.name)
    await claimDevice(this.db, this.userId)
    this.clientId = (await readMeta(this.db, 'clientId')) ?? ''
    if (!this.token) this.token = await this.server.token(this.userId)
    this.engine = this.createEngine()
    return this
  }

  private createEngine() {
    return createSyncEngine({
      db: this.db,
      fetch: this.fetch,
      baseUrl: 'http://liaison.test',
      getAccessToken: async () => this.token,
      refreshSession: async () => {
        if (this.refreshFails) return false
        this.token = await this.server.token(this.userId)
        return true
      },
      environment: headlessEnvironment,
      locks: memoryLocks(),
    })
  }

  /** Closes the page (whatever is in flight) and opens it again on the same database. */
  async reload() {
    this.engine.stop()
    this.db.close()
    await this.open()
  }

  async expireSession() {
    this.token = await this.server.token(this.userId, new Date(Date.now() - 2 * 3600_000))
  }

  /** Notes the outbox entries a local write just queued. */
  async record() {
    const entries = await this.db.outbox.where('seq').above(this.recordedUpTo).toArray()
    for (const entry of entries) {
      this.mutations.push({
        clientId: this.clientId,
        seq: entry.seq,
        table: entry.table,
        id: entry.id,
        op: entry.op,
      })
      this.recordedUpTo = Math.max(this.recordedUpTo, entry.seq)
    }
  }

  async destroy() {
    this.engine.stop()
    this.db.close()
    await Dexie.delete(this.name)
  }
}
