import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { membershipEnded } from '../../api/contract/session-errors.ts'
import type { Database } from '../../api/db/database.ts'
import { addMember, createOrg } from '../support/fixtures.ts'
import { createTestApp } from '../support/test-app.ts'
import { databaseTargets } from '../support/test-databases.ts'

/** /api refuses an access token at once when what it stood for is gone, not an hour later. */
describe.each(databaseTargets())('an ended session on /api on $name', (target) => {
  let db: Database
  let harness: Awaited<ReturnType<typeof createTestApp>>
  let orgId: string

  beforeAll(async () => {
    db = await target.open()
    harness = await createTestApp(db)
    orgId = (await createOrg(db, 'Revocation', ['admin'])).orgId
  })
  afterAll(() => db.close())

  const me = (token: string) =>
    harness.app.request('/api/me', { headers: { authorization: `Bearer ${token}` } })
  const pull = (token: string) =>
    harness.app.request('/api/sync/pull?limit=10', {
      headers: { authorization: `Bearer ${token}` },
    })
  const refresh = (refreshToken: string) =>
    harness.app.request('/auth/v1/token?grant_type=refresh_token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refresh_token: refreshToken }),
    })

  async function signedInMember(label: string) {
    const user = await addMember(db, orgId, 'manager', label)
    const session = await harness.signIn(user.email, user.password)
    expect((await me(session.access_token)).status).toBe(200)
    return { user, session }
  }

  async function expectRefused(token: string, error = 'unauthorized') {
    for (const response of [await me(token), await pull(token)]) {
      expect(response.status).toBe(401)
      expect(response.headers.get('www-authenticate')).toContain('invalid_token')
      expect(await response.json()).toMatchObject({
        error,
        message:
          error === membershipEnded
            ? 'You are no longer a member of an organisation here'
            : 'This session has ended: sign in again',
      })
    }
  }

  it('refuses the access token of a session signed out', async () => {
    const { session } = await signedInMember('signed-out')
    const logout = await harness.app.request('/auth/v1/logout?scope=local', {
      method: 'POST',
      headers: { authorization: `Bearer ${session.access_token}` },
    })
    expect(logout.status).toBe(204)
    await expectRefused(session.access_token)
  })

  it('refuses the access tokens of a session revoked for a reused refresh token', async () => {
    const { session } = await signedInMember('reused')
    expect((await refresh(session.refresh_token)).status).toBe(200)
    await db.query(
      `update auth.liaison_refresh_tokens set created_at = created_at - interval '1 minute'`,
    )
    expect((await refresh(session.refresh_token)).status).toBe(400)
    await expectRefused(session.access_token)
  })

  it('refuses a user removed from their only organisation, saying so for their device to wipe', async () => {
    const { user, session } = await signedInMember('removed')
    await db.query('update public.members set deleted_at = now() where user_id = $1', [user.id])
    await expectRefused(session.access_token, membershipEnded)
  })

  it('keeps serving a user removed from one organisation who belongs to another, without it', async () => {
    const { user, session } = await signedInMember('two-orgs')
    const other = await createOrg(db, 'Other', ['admin'])
    await db.query(
      `insert into public.members (org_id, user_id, role, email) values ($1, $2, 'viewer', $3)`,
      [other.orgId, user.id, user.email],
    )
    await db.query(
      'update public.members set deleted_at = now() where user_id = $1 and org_id = $2',
      [user.id, orgId],
    )
    const response = await me(session.access_token)
    expect(response.status).toBe(200)
    const body = (await response.json()) as { memberships: { orgId: string }[] }
    expect(body.memberships.map((m) => m.orgId)).toEqual([other.orgId])
  })

  it('refuses a deleted user and a banned one', async () => {
    const deleted = await signedInMember('deleted')
    const banned = await signedInMember('banned')
    await db.query('update auth.users set deleted_at = now() where id = $1', [deleted.user.id])
    await db.query(`update auth.users set banned_until = now() + interval '1 day' where id = $1`, [
      banned.user.id,
    ])
    await expectRefused(deleted.session.access_token)
    await expectRefused(banned.session.access_token)
  })

  it('gives each user their own per-minute budget of /api requests', async () => {
    const limited = await createTestApp(db, { apiRequestsPerMinute: 2 })
    const { user } = await signedInMember('budget')
    const other = await addMember(db, orgId, 'viewer', 'budget-other')
    const tokens = await Promise.all(
      [user, other].map(
        async (who) => (await limited.signIn(who.email, who.password)).access_token,
      ),
    )
    const get = (token: string | undefined) =>
      limited.app.request('/api/me', { headers: { authorization: `Bearer ${token}` } })
    expect((await get(tokens[0])).status).toBe(200)
    expect((await get(tokens[0])).status).toBe(200)
    const refused = await get(tokens[0])
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect(await refused.json()).toMatchObject({ error: 'rate_limited' })
    expect((await get(tokens[1])).status).toBe(200)
  })

  it('still serves the other sessions of a user who signed out of one', async () => {
    const { user, session } = await signedInMember('two-devices')
    const laptop = await harness.signIn(user.email, user.password)
    await harness.app.request('/auth/v1/logout?scope=local', {
      method: 'POST',
      headers: { authorization: `Bearer ${session.access_token}` },
    })
    expect((await me(laptop.access_token)).status).toBe(200)
  })
})
