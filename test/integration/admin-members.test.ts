import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminMemberErrors, type AdminMember } from '../../api/contract/admin-members.ts'
import { passwordChangeRequired } from '../../api/contract/password-rules.ts'
import { supabaseAccounts } from '../../api/members/supabase-accounts.ts'
import type { PullResponse } from '../../api/contract/sync-protocol.ts'
import type { Database } from '../../api/db/database.ts'
import type { Logger } from '../../api/logger.ts'
import { fakeSupabaseAuth } from '../support/fake-supabase-auth.ts'
import { createAccount, createOrg, type Role } from '../support/fixtures.ts'
import { createTestApp } from '../support/test-app.ts'
import { databaseTargets } from '../support/test-databases.ts'

type Harness = Awaited<ReturnType<typeof createTestApp>>

const projectUrl = 'https://project.supabase.fake'
const serviceRoleKey = 'sb_secret_only-on-the-server'

/** Issue 13's member routes, each role calling each, in embedded sign-in. */
describe.each(databaseTargets())('the admin member routes on $name', (target) => {
  let db: Database
  let harness: Harness
  let home: Awaited<ReturnType<typeof createOrg>>
  let other: Awaited<ReturnType<typeof createOrg>>
  const tokens: Partial<Record<Role | 'otherAdmin', string>> = {}
  let accountId: string
  const logged: string[] = []
  const keep = (msg: string, fields?: object) => {
    logged.push(JSON.stringify({ msg, ...fields }))
  }
  const log: Logger = { debug: keep, info: keep, warn: keep, error: keep }

  beforeAll(async () => {
    db = await target.open()
    harness = await createTestApp(db, { log })
    home = await createOrg(db, 'Members', ['admin', 'lead', 'manager', 'viewer'])
    other = await createOrg(db, 'Elsewhere', ['admin'])
    accountId = await createAccount(db, home.orgId, 'Department of Members')
    for (const role of ['admin', 'lead', 'manager', 'viewer'] as const) {
      const user = home.users[role]
      if (user) tokens[role] = (await harness.signIn(user.email, user.password)).access_token
    }
    const otherAdmin = other.users.admin
    if (otherAdmin) {
      tokens.otherAdmin = (await harness.signIn(otherAdmin.email, otherAdmin.password)).access_token
    }
  })
  afterAll(() => db.close())

  const call = (method: string, path: string, token: string | undefined, body?: unknown) =>
    harness.app.request(path, {
      method,
      headers: {
        authorization: `Bearer ${token ?? ''}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  const members = `/api/admin/members`
  const invite = (body: unknown, token = tokens.admin) => call('POST', members, token, body)
  const newEmail = (label: string) => `${label}-${crypto.randomUUID().slice(0, 8)}@test.liaison`
  const list = async (token = tokens.admin) => {
    const response = await call('GET', members, token)
    expect(response.status).toBe(200)
    return ((await response.json()) as { members: AdminMember[] }).members
  }
  const changesOf = (userId: string) =>
    db.query<{ action: string; old_role: string | null; new_role: string | null; actor: string }>(
      `select action, old_role, new_role, actor_user_id::text as actor from public.member_changes
        where target_user_id = $1 order by id`,
      [userId],
    )
  const pull = (token: string, cursor?: string) =>
    call('GET', `/api/sync/pull?limit=1000${cursor ? `&cursor=${cursor}` : ''}`, token)

  it('lists the current members with their role and last sign-in', async () => {
    const listed = await list()
    const admin = listed.find((member) => member.userId === home.users.admin?.id)
    expect(admin).toMatchObject({ role: 'admin', mustSetPassword: false })
    expect(admin?.lastSignInAt).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(listed.map((member) => member.role).sort()).toEqual([
      'admin',
      'lead',
      'manager',
      'viewer',
    ])
  })

  it.each(['lead', 'manager', 'viewer', 'otherAdmin'] as const)(
    'refuses every route to a %s of the org',
    async (who) => {
      const memberId = (await list()).find((m) => m.role === 'viewer')?.memberId
      const org = `?org=${home.orgId}`
      const answers = [
        await call('GET', `${members}${org}`, tokens[who]),
        await call('POST', `${members}${org}`, tokens[who], {
          email: newEmail('refused'),
          role: 'manager',
          display_name: 'Refused',
        }),
        await call('PATCH', `${members}/${memberId}${org}`, tokens[who], { role: 'admin' }),
        await call('DELETE', `${members}/${memberId}${org}`, tokens[who]),
      ]
      for (const answer of answers) {
        expect(answer.status).toBe(403)
        expect(await answer.json()).toMatchObject({ error: adminMemberErrors.notAdmin })
      }
      expect((await list()).length).toBe(4)
    },
  )

  it('answers 400 naming the field for a bad e-mail, role or name', async () => {
    const cases = [
      [
        { email: 'not an address', role: 'manager', display_name: 'A' },
        'email: must be an e-mail address',
      ],
      [{ email: newEmail('role'), role: 'owner', display_name: 'A' }, 'role: must be one of'],
      [
        { email: newEmail('name'), role: 'manager', display_name: ' ' },
        'display_name: is required',
      ],
    ] as const
    for (const [body, message] of cases) {
      const answer = await invite(body)
      expect(answer.status).toBe(400)
      expect(((await answer.json()) as { message: string }).message).toContain(message)
    }
    expect((await harness.app.request(members)).status).toBe(401)
    const badId = await call('DELETE', `${members}/not-a-uuid`, tokens.admin)
    expect(badId.status).toBe(400)
    const unknown = await call('DELETE', `${members}/${crypto.randomUUID()}`, tokens.admin)
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toMatchObject({ error: adminMemberErrors.noSuchMember })
  })

  it('invites with a one-time password that opens nothing but setting a new one', async () => {
    const email = newEmail('Invited')
    const answer = await invite({ email, role: 'manager', display_name: 'New Manager' })
    expect(answer.status).toBe(201)
    const made = (await answer.json()) as {
      userId: string
      memberId: string
      oneTimePassword: string
    }
    expect(made.oneTimePassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/)
    expect(await changesOf(made.userId)).toEqual([
      { action: 'invite', old_role: null, new_role: 'manager', actor: home.users.admin?.id },
    ])
    const stored = await db.query<{ encrypted_password: string }>(
      'select encrypted_password from auth.users where id = $1',
      [made.userId],
    )
    expect(stored[0]?.encrypted_password).toMatch(/^scrypt\$/)
    expect((await list()).find((m) => m.memberId === made.memberId)).toMatchObject({
      email: email.toLowerCase(),
      displayName: 'New Manager',
      mustSetPassword: true,
      lastSignInAt: null,
    })

    const session = (await (
      await harness.app.request('/auth/v1/token?grant_type=password', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: made.oneTimePassword }),
      })
    ).json()) as { access_token: string; user: { user_metadata: Record<string, unknown> } }
    expect(session.user.user_metadata).toMatchObject({ must_set_password: true })
    const token = session.access_token
    const me = await call('GET', '/api/me', token)
    expect(await me.json()).toMatchObject({ mustSetPassword: true, role: 'manager' })
    const refused = await pull(token)
    expect(refused.status).toBe(403)
    expect(await refused.json()).toMatchObject({ error: passwordChangeRequired })

    const tooShort = await call('PUT', '/auth/v1/user', token, { password: 'short' })
    expect(tooShort.status).toBe(422)
    expect(await tooShort.json()).toMatchObject({ error_code: 'weak_password' })
    const same = await call('PUT', '/auth/v1/user', token, { password: made.oneTimePassword })
    expect(same.status).toBe(422)
    expect(await same.json()).toMatchObject({ error_code: 'same_password' })
    const set = await call('PUT', '/auth/v1/user', token, { password: 'my own long password' })
    expect(set.status).toBe(200)
    const user = (await set.json()) as { id: string; user_metadata: Record<string, unknown> }
    expect(user.id).toBe(made.userId)
    expect(user.user_metadata).not.toHaveProperty('must_set_password')

    expect((await pull(token)).status).toBe(200)
    expect(await (await call('GET', '/api/me', token)).json()).toMatchObject({
      mustSetPassword: false,
    })
    await expect(harness.signIn(email, made.oneTimePassword)).rejects.toThrow(/400/)
    await harness.signIn(email, 'my own long password')
    expect(logged.length).toBeGreaterThan(0)
    expect(logged.filter((line) => line.includes(made.oneTimePassword))).toEqual([])
  })

  it('refuses a duplicate invite of a current member and changes nothing', async () => {
    const manager = home.users.manager
    const answer = await invite({ email: manager?.email, role: 'admin', display_name: 'Again' })
    expect(answer.status).toBe(409)
    expect(await answer.json()).toMatchObject({ error: adminMemberErrors.alreadyMember })
    expect((await list()).find((m) => m.userId === manager?.id)?.role).toBe('manager')
  })

  it('reuses the auth user of someone from another org: no new password', async () => {
    const otherAdmin = other.users.admin
    const answer = await invite({ email: otherAdmin?.email, role: 'viewer', display_name: 'Guest' })
    expect(answer.status).toBe(201)
    const made = (await answer.json()) as Record<string, unknown>
    expect(made.userId).toBe(otherAdmin?.id)
    expect(made).not.toHaveProperty('oneTimePassword')
  })

  it('changes a role, logged with the old and the new', async () => {
    const viewer = home.users.viewer
    const memberId = (await list()).find((m) => m.userId === viewer?.id)?.memberId
    const answer = await call('PATCH', `${members}/${memberId}`, tokens.admin, { role: 'lead' })
    expect(answer.status).toBe(200)
    expect(await answer.json()).toMatchObject({ memberId, role: 'lead' })
    expect((await changesOf(viewer?.id ?? '')).at(-1)).toMatchObject({
      action: 'role',
      old_role: 'viewer',
      new_role: 'lead',
    })
    const bad = await call('PATCH', `${members}/${memberId}`, tokens.admin, { role: 'boss' })
    expect(bad.status).toBe(400)
  })

  it('never leaves an org without an admin', async () => {
    const adminMember = (await list()).find((m) => m.userId === home.users.admin?.id)?.memberId
    const demote = await call('PATCH', `${members}/${adminMember}`, tokens.admin, {
      role: 'manager',
    })
    expect(demote.status).toBe(409)
    expect(await demote.json()).toMatchObject({ error: adminMemberErrors.lastAdmin })
    const remove = await call('DELETE', `${members}/${adminMember}`, tokens.admin)
    expect(remove.status).toBe(409)
    expect((await list()).find((m) => m.memberId === adminMember)?.role).toBe('admin')
  })

  it('removes a member: their session ends at once, and they can be invited again', async () => {
    const email = newEmail('removed')
    const made = (await (
      await invite({ email, role: 'manager', display_name: 'Short Stay' })
    ).json()) as { userId: string; memberId: string; oneTimePassword: string }
    const first = await harness.signIn(email, made.oneTimePassword)
    expect(
      (await call('PUT', '/auth/v1/user', first.access_token, { password: 'a password of mine' }))
        .status,
    ).toBe(200)
    expect((await pull(first.access_token)).status).toBe(200)

    const removed = await call('DELETE', `${members}/${made.memberId}`, tokens.admin)
    expect(removed.status).toBe(204)
    expect((await pull(first.access_token)).status).toBe(401)
    expect((await call('GET', '/api/me', first.access_token)).status).toBe(401)
    const refresh = await harness.app.request('/auth/v1/token?grant_type=refresh_token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refresh_token: first.refresh_token }),
    })
    expect(refresh.status).toBe(400)
    expect((await list()).some((m) => m.memberId === made.memberId)).toBe(false)
    expect((await changesOf(made.userId)).map((change) => change.action)).toEqual([
      'invite',
      'remove',
    ])

    const again = await invite({ email, role: 'viewer', display_name: 'Back Again' })
    expect(again.status).toBe(201)
    const back = (await again.json()) as Record<string, unknown>
    expect(back).toMatchObject({ userId: made.userId })
    expect(back.memberId).not.toBe(made.memberId)
    expect(back).not.toHaveProperty('oneTimePassword')
    const returned = await harness.signIn(email, 'a password of mine')
    expect((await pull(returned.access_token)).status).toBe(200)
  })

  it('shows someone removed from one of their orgs nothing more of it', async () => {
    const otherAdmin = other.users.admin
    if (!otherAdmin) throw new Error('fixture')
    const before = await harness.signIn(otherAdmin.email, otherAdmin.password)
    const firstPull = (await (await pull(before.access_token)).json()) as PullResponse
    expect(firstPull.changes.some((change) => change.row?.org_id === home.orgId)).toBe(true)
    const guest = (await list()).find((m) => m.userId === otherAdmin.id)
    const removed = await call('DELETE', `${members}/${guest?.memberId}`, tokens.admin)
    expect(removed.status).toBe(204)
    expect((await pull(before.access_token, firstPull.cursor)).status).toBe(401)

    const after = await harness.signIn(otherAdmin.email, otherAdmin.password)
    const resumed = (await (
      await pull(after.access_token, firstPull.cursor)
    ).json()) as PullResponse
    expect(resumed.resetRequired).toBe(true)
    const fresh = (await (await pull(after.access_token)).json()) as PullResponse
    expect(fresh.changes.length).toBeGreaterThan(0)
    expect(fresh.changes.some((change) => change.row?.org_id === home.orgId)).toBe(false)
    const pushed = await call('POST', '/api/sync/push', after.access_token, {
      clientId: crypto.randomUUID(),
      schemaVersion: 1,
      mutations: [
        {
          seq: 1,
          table: 'contacts',
          op: 'upsert',
          id: crypto.randomUUID(),
          fields: { org_id: home.orgId, account_id: accountId, name: 'Typed before removal' },
        },
      ],
    })
    expect(pushed.status).toBe(200)
    expect(await pushed.json()).toMatchObject({ results: [{ seq: 1, status: 'rejected' }] })
  })

  describe('inviting through Supabase Auth', () => {
    let admin: string
    let org: Awaited<ReturnType<typeof createOrg>>

    beforeAll(async () => {
      org = await createOrg(db, 'Supabase Invites', ['admin'])
    })

    async function appWith(accounts: ReturnType<typeof supabaseAccounts>) {
      const harness = await createTestApp(db, { accounts })
      const user = org.users.admin
      if (!user) throw new Error('fixture')
      admin = (await harness.signIn(user.email, user.password)).access_token
      return (body: unknown) =>
        harness.app.request('/api/admin/members', {
          method: 'POST',
          headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        })
    }

    it('invites with the service-role key and answers without a password', async () => {
      const auth = fakeSupabaseAuth(db)
      const invite = await appWith(
        supabaseAccounts({ url: projectUrl, serviceRoleKey, fetch: auth.fetch }),
      )
      const email = `invited-${crypto.randomUUID().slice(0, 8)}@test.liaison`
      const answer = await invite({ email, role: 'lead', display_name: 'Lead by Invite' })
      expect(answer.status).toBe(201)
      const made = (await answer.json()) as Record<string, unknown>
      expect(made).not.toHaveProperty('oneTimePassword')
      expect(auth.seen).toHaveLength(1)
      const [request] = auth.seen
      expect(request?.url).toBe(`${projectUrl}/auth/v1/invite`)
      expect(request?.method).toBe('POST')
      expect(request?.headers.get('apikey')).toBe(serviceRoleKey)
      expect(request?.headers.get('authorization')).toBe(`Bearer ${serviceRoleKey}`)
      expect(request?.body).toEqual({ email, data: { display_name: 'Lead by Invite' } })
      const [member] = await db.query<{ user_id: string; role: string }>(
        'select user_id, role from public.members where id = $1',
        [made.memberId],
      )
      expect(member).toEqual({ user_id: made.userId, role: 'lead' })
    })

    it('answers 501 naming the missing key, and asks Supabase nothing', async () => {
      const auth = fakeSupabaseAuth(db)
      const invite = await appWith(
        supabaseAccounts({ url: projectUrl, serviceRoleKey: undefined, fetch: auth.fetch }),
      )
      const answer = await invite({
        email: `nokey-${crypto.randomUUID().slice(0, 8)}@test.liaison`,
        role: 'manager',
        display_name: 'No Key',
      })
      expect(answer.status).toBe(501)
      const body = (await answer.json()) as { error: string; message: string }
      expect(body.error).toBe(adminMemberErrors.invitesNotConfigured)
      expect(body.message).toContain('SUPABASE_SERVICE_ROLE_KEY')
      expect(auth.seen).toHaveLength(0)
    })

    it('passes on what Supabase Auth said when it refuses, as a 502', async () => {
      const refusing: typeof fetch = async () =>
        Response.json({ code: 429, msg: 'Email rate limit exceeded' }, { status: 429 })
      const invite = await appWith(
        supabaseAccounts({ url: projectUrl, serviceRoleKey, fetch: refusing }),
      )
      const answer = await invite({
        email: `limited-${crypto.randomUUID().slice(0, 8)}@test.liaison`,
        role: 'manager',
        display_name: 'Limited',
      })
      expect(answer.status).toBe(502)
      expect(await answer.json()).toMatchObject({
        error: adminMemberErrors.inviteFailed,
        message: expect.stringContaining('Email rate limit exceeded'),
      })
    })
  })
})
