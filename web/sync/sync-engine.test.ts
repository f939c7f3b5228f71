import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openLocalDb, type LocalDb } from '../local/local-db.ts'
import { createSyncEngine, type SyncEngine, type SyncEngineOptions } from './sync-engine.ts'
import { memoryLocks } from './sync-locks.ts'
import { readStoredStatus } from './sync-status.ts'
import { FakeEnvironment } from './testing/fake-environment.ts'
import { FakeSyncServer } from './testing/fake-sync-server.ts'
import { ManualTimers } from './testing/manual-timers.ts'
import { createContact, dropDb, openTestDb } from '../local/testing/device-fixtures.ts'
import { seedAccount } from './testing/sync-fixtures.ts'

let db: LocalDb
let server: FakeSyncServer
let timers: ManualTimers
let page: FakeEnvironment
let accountId: string
let engines: SyncEngine[] = []

beforeEach(async () => {
  db = await openTestDb()
  server = new FakeSyncServer()
  timers = new ManualTimers()
  page = new FakeEnvironment()
  accountId = await seedAccount(server, db)
})
afterEach(async () => {
  for (const engine of engines) engine.stop()
  engines = []
  await dropDb(db)
})

function makeEngine(options: Partial<SyncEngineOptions> = {}): SyncEngine {
  const engine = createSyncEngine({
    db,
    fetch: server.fetch,
    getAccessToken: async () => 'token-u1',
    refreshSession: async () => false,
    timers,
    now: () => timers.now,
    random: () => 0.5,
    environment: page,
    locks: memoryLocks(),
    ...options,
  })
  engines.push(engine)
  return engine
}

const pushCount = () => server.requests.filter((r) => r.path === '/api/sync/push').length

describe('createSyncEngine', () => {
  it('syncs on start and every minute while visible; the last sync survives a reload', async () => {
    const engine = makeEngine()
    engine.start()
    await vi.waitFor(() => expect(engine.status().lastSyncedAt).not.toBeNull())
    expect(engine.status()).toMatchObject({ state: 'idle', pending: 0, lastError: null })
    expect(timers.pending()).toEqual([60_000])
    page.visible = false
    timers.advance(60_000)
    // A sync the tick started would still be under way: syncNow runs after it, so once it
    // settles every request the tick could have caused has been made.
    expect(await engine.syncNow()).toMatchObject({ ok: true })
    expect(server.requests).toHaveLength(2) // hidden: the tick skipped; one pull is syncNow's
    page.show()
    await vi.waitFor(() => expect(server.requests).toHaveLength(3))
    db.close()
    db = await openLocalDb(db.name)
    expect((await readStoredStatus(db)).lastSyncedAt).toBe(engine.status().lastSyncedAt)
  })

  it('syncs one second after a local write, seen through the outbox', async () => {
    const engine = makeEngine()
    engine.start()
    await vi.waitFor(() => expect(engine.status().lastSyncedAt).not.toBeNull())
    await createContact(db, accountId, 'Ana')
    await vi.waitFor(() => expect(engine.status().pending).toBe(1))
    await vi.waitFor(() => expect(timers.pending()).toContain(1_000))
    timers.advance(999)
    expect(pushCount()).toBe(0)
    timers.advance(1)
    await vi.waitFor(() => expect(engine.status()).toMatchObject({ pending: 0, state: 'idle' }))
    expect(pushCount()).toBe(1)
  })

  it('retries every failure with jittered backoff capped at 5 min; success resets it', async () => {
    await createContact(db, accountId, 'Ana')
    const engine = makeEngine({ random: () => 0.999 })
    server.faults.push(...Array<number>(14).fill(503))
    engine.start()
    const delays: number[] = []
    for (let failure = 1; failure <= 12; failure += 1) {
      // Settled: the failed sync scheduled its retry (the fired timer and the request's timeout
      // are gone), so the status read next is this failure's, not the one before.
      await vi.waitFor(() => {
        expect(timers.pending()).toHaveLength(1)
        expect(timers.pending()).not.toContain(30_000)
        expect(engine.status().state).toBe('error')
      })
      const [delay = -1] = timers.pending()
      delays.push(delay)
      expect(engine.status().nextRetryAt).toBe(new Date(timers.now + delay).toISOString())
      timers.advance(delay)
    }
    const ceilings = [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300].map((s) => s * 1_000)
    expect(delays).toEqual(ceilings.map((ceiling) => Math.floor(0.999 * ceiling)))
    expect(engine.status().lastError).toMatch(/server had a problem/)
    expect(engine.status().pending).toBe(1)
    expect(await engine.syncNow()).toMatchObject({ ok: false, error: 'server' })
    expect(await engine.syncNow()).toMatchObject({ ok: true, pushed: 1 })
    expect(engine.status()).toMatchObject({ state: 'idle', nextRetryAt: null, lastError: null })
    expect(timers.pending()).toEqual([60_000])
  })

  it('refreshes the session on 401, and says "sign in to sync" when that fails', async () => {
    await createContact(db, accountId, 'Ana')
    let token = 'expired'
    const refreshSession = vi.fn(async () => false)
    const engine = makeEngine({ getAccessToken: async () => token, refreshSession })
    expect(await engine.syncNow()).toMatchObject({ ok: false, error: 'signed_out' })
    expect(engine.status()).toMatchObject({ state: 'signed_out', pending: 1 })
    expect(engine.status().lastError).toMatch(/Sign in to sync/)
    expect(refreshSession).toHaveBeenCalledTimes(1)
    refreshSession.mockImplementation(async () => {
      token = 'token-u1'
      return true
    })
    expect(await engine.syncNow()).toMatchObject({ ok: true, pushed: 1 })
    expect(engine.status()).toMatchObject({ state: 'idle', pending: 0 })
  })

  it('waits offline without a request and syncs on the online event', async () => {
    await createContact(db, accountId, 'Ana')
    page.online = false
    const engine = makeEngine()
    engine.start()
    await vi.waitFor(() => expect(engine.status().state).toBe('offline'))
    expect(server.requests).toHaveLength(0)
    expect(engine.status().pending).toBe(1)
    page.goOnline()
    await vi.waitFor(() => expect(engine.status()).toMatchObject({ state: 'idle', pending: 0 }))
  })

  it('runs one sync at a time, in one tab and across tabs', async () => {
    let inFlight = 0
    let most = 0
    const fetch: typeof server.fetch = async (input, init) => {
      most = Math.max(most, ++inFlight)
      await new Promise((resolve) => setTimeout(resolve, 5))
      try {
        return await server.fetch(input, init)
      } finally {
        inFlight -= 1
      }
    }
    const locks = memoryLocks()
    const tabA = makeEngine({ fetch, locks })
    const tabB = makeEngine({ fetch, locks })
    await createContact(db, accountId, 'Ana')
    const outcomes = await Promise.all([tabA.syncNow(), tabA.syncNow(), tabB.syncNow()])
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true)
    expect(most).toBe(1)
    expect(server.clients.size).toBe(1)
    expect(server.row('contacts', (await db.contacts.toArray())[0]?.id ?? '')?.version).toBe(1)
  })
})
