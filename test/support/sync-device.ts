import { randomUUID } from 'node:crypto'
import type {
  Change,
  Mutation,
  PullResponse,
  PushResponse,
} from '../../api/contract/sync-protocol.ts'
import type { Database } from '../../api/db/database.ts'
import type { createTestApp } from './test-app.ts'

type Harness = Awaited<ReturnType<typeof createTestApp>>

export type MutationInput = Omit<Mutation, 'seq'> & { seq?: number }

/**
 * A bare-bones device for API tests: signs in, numbers its mutations, pushes and pulls
 * through `app.request()` with a real access token.
 *
 * @example
 * const device = await signInDevice(harness, home.users.manager)
 * await device.push([{ table: 'contacts', op: 'upsert', id, fields: { org_id, name: 'Ann' } }])
 */
export async function signInDevice(
  harness: Harness,
  user: { email: string; password: string } | undefined,
  clientId: string = randomUUID(),
) {
  if (!user) throw new Error('no such user in the fixture')
  const { access_token } = await harness.signIn(user.email, user.password)
  const headers = { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' }
  let nextSeq = 1
  let cursor: string | undefined

  const device = {
    clientId,
    headers,
    /** POSTs any body to /api/sync/push and returns the raw response. */
    postPush(body: unknown) {
      return harness.app.request('/api/sync/push', {
        method: 'POST',
        headers,
        body: typeof body === 'string' ? body : JSON.stringify(body),
      })
    },
    /** Numbers the mutations from this device's next seq (unless given) and pushes them. */
    async push(mutations: MutationInput[]): Promise<PushResponse> {
      const numbered = mutations.map((m) => ({ ...m, seq: m.seq ?? nextSeq++ }))
      const res = await device.postPush({ clientId, schemaVersion: 1, mutations: numbered })
      if (res.status !== 200) throw new Error(`push: ${res.status} ${await res.text()}`)
      return (await res.json()) as PushResponse
    },
    getPull(query: Record<string, string | number | undefined>) {
      const params = new URLSearchParams()
      for (const [key, value] of Object.entries(query)) {
        if (value !== undefined) params.set(key, String(value))
      }
      return harness.app.request(`/api/sync/pull?${params}`, { headers })
    },
    /** One page from the device's cursor; the cursor moves on. */
    async pullPage(limit?: number): Promise<PullResponse> {
      const res = await device.getPull({ cursor, limit, clientId })
      if (res.status !== 200) throw new Error(`pull: ${res.status} ${await res.text()}`)
      const page = (await res.json()) as PullResponse
      cursor = page.cursor || undefined
      return page
    },
    /** Pages until hasMore is false; every change in order. */
    async pullAll(limit?: number): Promise<Change[]> {
      const changes: Change[] = []
      for (let page = 0; page < 10_000; page += 1) {
        const result = await device.pullPage(limit)
        changes.push(...result.changes)
        if (!result.hasMore) return changes
      }
      throw new Error('pull never finished')
    },
    /**
     * Pulls until `done` holds for the changes received so far. On a shared server another
     * suite's open transaction holds the fence back for a moment, so one pull may not do.
     */
    async pullUntil(done: (changes: Change[]) => boolean, timeoutMs = 15_000): Promise<Change[]> {
      const changes: Change[] = []
      const deadline = Date.now() + timeoutMs
      for (;;) {
        changes.push(...(await device.pullAll()))
        if (done(changes)) return changes
        if (Date.now() > deadline) throw new Error('pullUntil: timed out')
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
    get cursor() {
      return cursor
    },
    set cursor(value: string | undefined) {
      cursor = value
    },
  }
  return device
}

/**
 * Every live row of `orgId` that `userId` may see, as sorted "table:id" keys — what a full
 * pull must deliver to that user.
 *
 * @example
 * expect(keys(await device.pullAll())).toEqual(await visibleRows(db, orgId, userId))
 */
export async function visibleRows(db: Database, orgId: string, userId: string | undefined) {
  const rows = await db.query<{ key: string }>(
    `select 'orgs:' || id as key from public.orgs where id = $1
     union all select 'members:' || id from public.members where org_id = $1
       and deleted_at is null
     union all select 'accounts:' || id from public.accounts where org_id = $1
       and deleted_at is null
     union all select 'contacts:' || id from public.contacts where org_id = $1
       and deleted_at is null
     union all select 'action_items:' || id from public.action_items where org_id = $1
       and deleted_at is null
     union all select 'checkins:' || id from public.checkins where org_id = $1
       and deleted_at is null and (visibility = 'org' or author_id = $2)`,
    [orgId, userId],
  )
  return rows.map((r) => r.key).sort()
}

/** Changes as "table:id" keys, in the order they came. */
export const keys = (changes: Change[]) => changes.map((c) => `${c.table}:${c.id}`)
