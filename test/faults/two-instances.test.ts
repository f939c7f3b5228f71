import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../api/db/database.ts'
import { addMember, createOrg } from '../support/fixtures.ts'
import { createTestApp } from '../support/test-app.ts'
import { databaseTargets } from '../support/test-databases.ts'
import { createInstancePair } from './instance-pair.ts'
import { runScenario } from './run-scenario.ts'

// A few runs: the one-instance suite (convergence.test.ts) covers the faults at length; these
// prove that nothing a device relies on lives in one instance's memory.
const runs = Number(process.env.FAULT_PAIR_RUNS ?? 3)
// PostgreSQL when DATABASE_URL is set (two real pools), else PGlite (its one connection shared).
const targets = databaseTargets().slice(-1)

/** Two API instances on one database, each with its own pool (PostgreSQL) and memory. */
describe.each(targets)('two API instances on $name', (target) => {
  let first: Database
  let second: Database

  beforeAll(async () => {
    first = await target.open()
    // PGlite has one connection: both instances share it, with their own memory still.
    second = target.name === 'pglite' ? first : await target.open()
  })
  afterAll(async () => {
    if (second !== first) await second.close()
    await first.close()
  })

  it(`converge with devices landing on either at random, in ${runs} seeded runs`, async () => {
    const pair = await createInstancePair(first, second, 12)
    for (let seed = 1001; seed < 1001 + runs; seed++) {
      const result = await runScenario(first, pair, seed, 10)
      expect(result.problems, `seed ${seed}`).toEqual([])
    }
    // Both instances took a fair share of the requests.
    expect(Math.min(...pair.served)).toBeGreaterThan(Math.max(...pair.served) / 3)
  }, 300_000)

  async function twoApps(options: { apiRequestsPerMinute?: number } = {}) {
    return [await createTestApp(first, options), await createTestApp(second, options)] as const
  }
  const me = (app: Awaited<ReturnType<typeof createTestApp>>['app'], token: string) =>
    app.request('/api/me', { headers: { authorization: `Bearer ${token}` } })

  it('refuse a session signed out on one at once on the other, which had just served it', async () => {
    const [a, b] = await twoApps()
    const { orgId } = await createOrg(first, 'Two instances', ['admin'])
    const user = await addMember(first, orgId, 'manager', 'two-instances')
    const session = await a.signIn(user.email, user.password)
    // b has checked this token's signature and remembers the verdict.
    expect((await me(b.app, session.access_token)).status).toBe(200)
    const logout = await a.app.request('/auth/v1/logout?scope=local', {
      method: 'POST',
      headers: { authorization: `Bearer ${session.access_token}` },
    })
    expect(logout.status).toBe(204)
    expect((await me(b.app, session.access_token)).status).toBe(401)
    expect((await me(a.app, session.access_token)).status).toBe(401)
  })

  it('refuse a member removed, on both, at the next request', async () => {
    const [a, b] = await twoApps()
    const { orgId } = await createOrg(first, 'Two instances removal', ['admin'])
    const user = await addMember(first, orgId, 'manager', 'two-instances-removed')
    const { access_token: token } = await a.signIn(user.email, user.password)
    expect((await me(a.app, token)).status).toBe(200)
    expect((await me(b.app, token)).status).toBe(200)
    await second.query('update public.members set deleted_at = now() where user_id = $1', [user.id])
    expect((await me(a.app, token)).status).toBe(401)
    expect((await me(b.app, token)).status).toBe(401)
  })

  it('count the per-user budget per instance: behind n instances a user gets up to n times it', async () => {
    const [a, b] = await twoApps({ apiRequestsPerMinute: 1 })
    const { orgId } = await createOrg(first, 'Two instances budget', ['admin'])
    const user = await addMember(first, orgId, 'manager', 'two-instances-budget')
    const { access_token: token } = await a.signIn(user.email, user.password)
    expect((await me(a.app, token)).status).toBe(200)
    expect((await me(a.app, token)).status).toBe(429)
    expect((await me(b.app, token)).status).toBe(200)
  })
})
