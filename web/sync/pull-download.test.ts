import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCheckin } from '../local/checkins.ts'
import type { DownloadProgress, LocalDb } from '../local/local-db.ts'
import { readMeta } from '../local/meta.ts'
import { newId } from '../local/new-id.ts'
import { trustFactsDrift } from '../local/trust-facts-drift.ts'
import { pullChanges } from './pull.ts'
import { FakeSyncServer } from './testing/fake-sync-server.ts'
import {
  accountFields,
  actionItemFields,
  checkinFields,
  dropDb,
  openTestDb,
  orgId,
} from '../local/testing/device-fixtures.ts'
import { fakeHttp } from './testing/sync-fixtures.ts'

let server: FakeSyncServer
let devices: LocalDb[] = []
let accounts: string[]

const device = async () => {
  const db = await openTestDb()
  devices.push(db)
  return db
}

/** Two accounts' check-ins, commitments and contacts, with a move, an edit and a delete. */
function seedServer() {
  accounts = [newId(), newId()]
  for (const id of accounts) server.put('accounts', { id, org_id: orgId, ...accountFields() })
  const [first = '', second = ''] = accounts
  const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z`
  const checkins = [1, 2, 3, 4, 5].map((day) => {
    const id = newId()
    const account = day % 2 ? first : second
    server.put('checkins', {
      id,
      org_id: orgId,
      author_id: 'u1',
      ...checkinFields(account, at(day)),
    })
    return id
  })
  server.put('checkins', { id: checkins[0] ?? '', trust_pulse: 5 })
  server.put('checkins', { id: checkins[1] ?? '', account_id: first })
  server.remove('checkins', checkins[2] ?? '')
  for (const account of accounts) {
    server.put('action_items', { id: newId(), org_id: orgId, ...actionItemFields(account) })
    server.put('contacts', { id: newId(), org_id: orgId, account_id: account, name: 'Ana' })
  }
}

const canonicalFacts = async (db: LocalDb) =>
  (await db.trust_facts.toArray())
    .filter((facts) => facts.checkins.length + facts.items.length + facts.contacts.length > 0)
    .map((facts) => ({
      ...facts,
      checkins: [...facts.checkins].sort((a, b) => a.id.localeCompare(b.id)),
      items: [...facts.items].sort((a, b) => a.id.localeCompare(b.id)),
    }))
    .sort((a, b) => a.account_id.localeCompare(b.account_id))

/** Pull HTTP that fails (offline) once `pages` pull requests have been answered. */
function cutAfter(pages: number) {
  const http = fakeHttp(server)
  let answered = 0
  const cut: typeof http = async (method, path, body) => {
    if (path.startsWith('/api/sync/pull') && answered++ >= pages) throw new Error('offline')
    return http(method, path, body)
  }
  return cut
}

beforeEach(() => {
  server = new FakeSyncServer()
  seedServer()
})
afterEach(async () => {
  for (const db of devices) await dropDb(db)
  devices = []
})

describe('a full download', () => {
  it('rebuilds the trust facts once at its end, equal to keeping them write by write', async () => {
    const incremental = await device()
    // This device follows the server from its first change: every later pull keeps the facts
    // write by write, through the middleware.
    const early = new FakeSyncServer()
    early.put('accounts', server.row('accounts', accounts[0] ?? '') ?? { id: '' })
    await pullChanges(incremental, fakeHttp(early))
    expect(await readMeta(incremental, 'factsDeferred')).toBeUndefined()
    await incremental.meta.put({ key: 'cursor', value: '1' })
    await pullChanges(incremental, fakeHttp(server), 2)

    const fresh = await device()
    await pullChanges(fresh, fakeHttp(server), 2)
    expect(await canonicalFacts(fresh)).toEqual(await canonicalFacts(incremental))
    expect(await canonicalFacts(fresh)).toHaveLength(2)
    expect(await trustFactsDrift(fresh)).toEqual([])
    expect(await readMeta(fresh, 'factsDeferred')).toBeUndefined()
  })

  it('cut short, leaves the facts to its end and resumes where it stopped', async () => {
    const db = await device()
    await expect(pullChanges(db, cutAfter(3), 2)).rejects.toThrow('offline')
    expect(await readMeta(db, 'cursor')).toBe('6')
    expect(await readMeta(db, 'factsDeferred')).toBe(true)
    expect(await db.trust_facts.count()).toBe(0) // left alone: rebuilt when the download ends
    // A check-in saved meanwhile keeps its own facts, and the rebuild keeps it too.
    const mine = await createCheckin(db, { account_id: accounts[0] ?? '', kind: 'call' })
    await pullChanges(db, fakeHttp(server), 2)
    expect(await trustFactsDrift(db)).toEqual([])
    const facts = await db.trust_facts.get(accounts[0] ?? '')
    expect(facts?.checkins.map((checkin) => checkin.id)).toContain(mine)
    expect(await readMeta(db, 'factsDeferred')).toBeUndefined()
    expect(await readMeta(db, 'downloadProgress')).toBeUndefined()
  })

  it('reports rows so far out of the server’s estimate, across a resume, then ends', async () => {
    const total = server.log.length // 2 accounts + 8 check-in changes + 2 items + 2 contacts
    expect(total).toBe(14)
    const db = await device()
    const seen: Array<DownloadProgress | null> = []
    const onProgress = (progress: DownloadProgress | null) => seen.push(progress)
    await expect(pullChanges(db, cutAfter(2), { limit: 4, onProgress })).rejects.toThrow()
    expect(await readMeta(db, 'downloadProgress')).toEqual({ received: 8, estimatedTotal: total })
    const resumed: Array<DownloadProgress | null> = []
    await pullChanges(db, fakeHttp(server), { limit: 4, onProgress: (p) => resumed.push(p) })
    expect(seen[0]).toEqual({ received: 0, estimatedTotal: null })
    expect(seen.at(-1)).toBeNull()
    expect(resumed[0]).toEqual({ received: 8, estimatedTotal: total })
    expect(resumed.at(-2)).toEqual({ received: total, estimatedTotal: total })
    expect(resumed.at(-1)).toBeNull()
  })
})
