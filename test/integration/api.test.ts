import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { meResponse } from '../../api/contract/me.ts'
import { asUser } from '../../api/db/as-user.ts'
import type { Database, Queryable } from '../../api/db/database.ts'
import { createAccount, createOrg } from '../support/fixtures.ts'
import { createTestApp } from '../support/test-app.ts'
import { databaseTargets } from '../support/test-databases.ts'

describe.each(databaseTargets())('the API on $name', (target) => {
  let db: Database
  let harness: Awaited<ReturnType<typeof createTestApp>>
  let home: Awaited<ReturnType<typeof createOrg>>
  let neighbour: Awaited<ReturnType<typeof createOrg>>
  let neighbourAccount: string

  beforeAll(async () => {
    db = await target.open()
    harness = await createTestApp(db)
    home = await createOrg(db, 'Home State')
    neighbour = await createOrg(db, 'Neighbour State')
    await createAccount(db, home.orgId, 'Department of Revenue')
    neighbourAccount = await createAccount(db, neighbour.orgId, 'Neighbour Revenue')
  })
  afterAll(() => db.close())

  const bearer = async (role: 'admin' | 'manager' | 'viewer', org = home) => {
    const user = org.users[role]
    if (!user) throw new Error(`no ${role}`)
    const { access_token } = await harness.signIn(user.email, user.password)
    return { user, token: access_token, headers: { authorization: `Bearer ${access_token}` } }
  }

  it('reports health with the database kind and schema version', async () => {
    const res = await harness.app.request('/api/health')
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({
      status: 'ok',
      database: target.name,
      schemaVersion: expect.stringMatching(/^\d{14}$/),
    })
  })

  it('sends security headers and a request id', async () => {
    const res = await harness.app.request('/api/health')
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(res.headers.get('x-request-id')).toMatch(/.+/)
  })

  it('refuses bodies over 1 MiB with JSON 413', async () => {
    const body = 'x'.repeat(1024 * 1024 + 10)
    const res = await harness.app.request('/api/me', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
      body,
    })
    expect(res.status).toBe(413)
    expect(await res.json()).toMatchObject({ error: 'payload_too_large' })
  })

  it('answers /api/me without a token with JSON 401', async () => {
    const res = await harness.app.request('/api/me')
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ error: 'unauthorized' })
  })

  it('tells a signed-in user who they are, their org and role', async () => {
    const { user, headers } = await bearer('manager')
    const res = await harness.app.request('/api/me', { headers })
    expect(res.status).toBe(200)
    // The device parses the answer with the contract's schema; it must pass, strictly.
    expect(meResponse.strict().parse(await res.json())).toMatchObject({
      user: { id: user.id, email: user.email },
      org: { id: home.orgId },
      role: 'manager',
    })
  })

  describe('row-level security behind a verified token', () => {
    const claimsOf = async (role: 'manager' | 'viewer') =>
      harness.verifyAccessToken((await bearer(role)).token)
    const insertAccount = (orgId: string, name: string) => (tx: Queryable) =>
      tx.query(
        `insert into public.accounts (id, org_id, kind, name) values ($1, $2, 'agency', $3)`,
        [randomUUID(), orgId, name],
      )

    it('lets a user read none of another org’s rows', async () => {
      const claims = await claimsOf('manager')
      const accounts = await asUser(db, claims, (tx) =>
        tx.query<{ org_id: string }>('select org_id from public.accounts'),
      )
      expect(accounts.length).toBeGreaterThan(0)
      expect(accounts.every((row) => row.org_id === home.orgId)).toBe(true)
      const orgs = await asUser(db, claims, (tx) =>
        tx.query<{ id: string }>('select id from public.orgs'),
      )
      expect(orgs.map((o) => o.id)).toEqual([home.orgId])
    })

    it('lets a user write nothing into another org', async () => {
      const claims = await claimsOf('manager')
      await expect(asUser(db, claims, insertAccount(neighbour.orgId, 'Intruder'))).rejects.toThrow(
        /row-level security/,
      )
      const changed = await asUser(db, claims, (tx) =>
        tx.query(`update public.accounts set name = 'Taken over' where id = $1 returning id`, [
          neighbourAccount,
        ]),
      )
      expect(changed).toEqual([])
      const [row] = await db.query<{ name: string }>(
        'select name from public.accounts where id = $1',
        [neighbourAccount],
      )
      expect(row?.name).toBe('Neighbour Revenue')
    })

    it('lets a viewer write nothing, even in their own org', async () => {
      const claims = await claimsOf('viewer')
      await expect(asUser(db, claims, insertAccount(home.orgId, 'Viewer made'))).rejects.toThrow(
        /row-level security/,
      )
    })
  })
})
