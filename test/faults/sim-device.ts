import { Dexie } from 'dexie'
import { claimDevice } from '../../web/local/device-user.ts'
import { openLocalDb, type LocalDb } from '../../web/local/local-db.ts'
import { readMeta } from '../../web/local/meta.ts'
import { headlessEnvironment } from '../../web/sync/sync-environment.ts'
import { memoryLocks } from '../../web/sync/sync-locks.ts'
import { createSyncEngine, type SyncEngine } from '../../web/sync/sync-engine.ts'
import type { Timers } from '../../web/sync/sync-http.ts'

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
 * When in a sync the page closes: before its `request`-th request leaves; after the server
 * answered it but before the page saw the answer; or `turns` event-loop turns into handling the
 * answer (at its next request at the latest).
 */
export interface PageClose {
  request: number
  moment: CloseMoment
  turns: number
}
export const closeMoments = ['before_send', 'after_commit', 'while_applying'] as const
export type CloseMoment = (typeof closeMoments)[number]

interface Closing {
  page: number
  plan: PageClose
  seen: number
  reloaded: Promise<void> | null
}

const pageClosed = () => new TypeError('Failed to fetch (the page was closed)')
const turn = () => new Promise((resolve) => setImmediate(resolve))

/**
 * One phone: the real device database and sync engine of web/, in Node on fake-indexeddb,
 * talking to the server only through the (faulty) network it is given. A closed page sends
 * nothing more, as in a browser.
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
  private page = 0
  private closing: Closing | null = null
  refreshFails = false

  constructor(
    readonly name: string,
    readonly userId: string,
    private readonly server: TokenIssuer,
    private readonly fetch: typeof globalThis.fetch,
    /** The engine's timers (its request timeouts): the platform's unless a run brings a clock. */
    private readonly timers?: Timers,
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
    const page = this.page
    const fetch: typeof globalThis.fetch = (input, init) => this.send(page, input, init)
    return createSyncEngine({
      db: this.db,
      fetch,
      baseUrl: 'http://liaison.test',
      getAccessToken: async () => this.token,
      refreshSession: async () => {
        if (this.refreshFails) return false
        this.token = await this.server.token(this.userId)
        return true
      },
      environment: headlessEnvironment,
      locks: memoryLocks(),
      timers: this.timers,
    })
  }

  /** Closes the page (whatever is in flight) and opens it again on the same database. */
  async reload() {
    this.page += 1
    this.engine.stop()
    this.db.close()
    await this.open()
  }

  /**
   * Syncs and closes the page at the moment `plan` names (after the sync if it made fewer
   * requests), then opens it again. Says whether the page closed during the sync.
   */
  async syncClosingPage(plan: PageClose): Promise<boolean> {
    const closing: Closing = { page: this.page, plan, seen: 0, reloaded: null }
    this.closing = closing
    try {
      await this.engine.syncNow()
    } finally {
      this.closing = null
    }
    if (closing.reloaded) await closing.reloaded
    else await this.reload()
    return closing.reloaded !== null
  }

  private async send(page: number, input: string | URL | Request, init?: RequestInit) {
    const closing = this.closing?.page === page ? this.closing : null
    if (closing?.reloaded) {
      await closing.reloaded
      throw pageClosed()
    }
    if (page !== this.page) throw pageClosed()
    if (!closing || ++closing.seen < closing.plan.request) return this.fetch(input, init)
    const { moment, turns } = closing.plan
    if (moment === 'before_send') {
      await (closing.reloaded = this.reload())
      throw pageClosed()
    }
    const answer = this.fetch(input, init)
    const answered = answer.then(
      () => undefined,
      () => undefined,
    )
    if (moment === 'after_commit') {
      await answered
      await (closing.reloaded = this.reload())
      throw pageClosed()
    }
    closing.reloaded = answered.then(async () => {
      for (let i = 0; i < turns; i += 1) await turn()
      await this.reload()
    })
    return answer
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
