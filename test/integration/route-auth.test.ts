import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publicApiPaths } from '../../api/app.ts'
import { forUsers } from '../../api/db/as-user.ts'
import type { Database } from '../../api/db/database.ts'
import { createOrg } from '../support/fixtures.ts'
import { openMigratedPglite } from '../support/pglite-template.ts'
import { createTestApp } from '../support/test-app.ts'

type Harness = Awaited<ReturnType<typeof createTestApp>>

/**
 * Every route under /api and who may call it. A new route fails this test until it is listed
 * here, so whether it is public is a decision someone wrote down, never an accident.
 */
const expected = [
  'GET /api/health: anyone',
  'GET /api/config: anyone',
  'GET /api/me: signed in',
  'POST /api/sync/push: signed in',
  'GET /api/sync/pull: signed in',
  'GET /api/portfolio: signed in',
  'GET /api/admin/members: signed in',
  'POST /api/admin/members: signed in',
  'PATCH /api/admin/members/:memberId: signed in',
  'DELETE /api/admin/members/:memberId: signed in',
]

/** The handlers under /api (not middleware, not the catch-all 404), as "METHOD path". */
function apiRoutes(harness: Harness) {
  const routes = harness.app.routes.filter(
    (route) => route.path.startsWith('/api/') && route.method !== 'ALL',
  )
  return [...new Set(routes.map((route) => `${route.method} ${route.path}`))]
}

const concrete = (path: string) => path.replace(/:[A-Za-z]+/g, randomUUID())

describe('who may call each route under /api', () => {
  let db: Database
  let harness: Harness
  let token: string

  beforeAll(async () => {
    db = await openMigratedPglite()
    harness = await createTestApp(db)
    const { users } = await createOrg(db, 'Routes', ['viewer'])
    const viewer = users.viewer
    if (!viewer) throw new Error('no viewer')
    token = (await harness.signIn(viewer.email, viewer.password)).access_token
  })
  afterAll(() => db.close())

  it('lists every route with who may call it', () => {
    const listed = apiRoutes(harness).map(
      (route) =>
        `${route}: ${publicApiPaths.has(route.split(' ')[1] ?? '') ? 'anyone' : 'signed in'}`,
    )
    expect(listed.sort()).toEqual([...expected].sort())
  })

  it('refuses every route not public by name without a token, and serves the public ones', async () => {
    for (const route of apiRoutes(harness)) {
      const [method = 'GET', path = ''] = route.split(' ')
      const res = await harness.app.request(concrete(path), { method })
      const status = publicApiPaths.has(path) ? 200 : 401
      expect(res.status, route).toBe(status)
    }
  })

  it('says nothing about a path that does not exist to a stranger, and 404 to the signed in', async () => {
    expect((await harness.app.request('/api/no-such-thing')).status).toBe(401)
    expect((await harness.app.request('/api/health/')).status).toBe(401)
    const signedIn = await harness.app.request('/api/no-such-thing', {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(signedIn.status).toBe(404)
    expect(await signedIn.json()).toMatchObject({ error: 'not_found' })
  })

  it('gives the routes a database they can only use as a signed-in user', () => {
    const users = forUsers(db)
    // The type has no query, exec or transaction: typecheck fails if it ever gains one.
    // @ts-expect-error a route's handle runs nothing as the owner
    expect(users.query).toBeUndefined()
    // @ts-expect-error nor opens a transaction outside asUser
    expect(users.transaction).toBeUndefined()
  })
})
