import { randomUUID } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { serve, type ServerType } from '@hono/node-server'
import { createClient, type WebSocketLikeConstructor } from '@supabase/supabase-js'
import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ws from 'ws'
import type { AppEnv } from '../../api/app-env.ts'
import { localAuthRoutes } from '../../api/auth/local-auth-routes.ts'
import { hashPassword } from '../../api/auth/password.ts'
import { loadSigningKeys } from '../../api/auth/signing-keys.ts'
import type { Database } from '../../api/db/database.ts'
import { openMigratedPglite } from '../support/pglite-template.ts'

const password = 'liaison-field-visit'
let db: Database
let server: ServerType
let url: string
const requestedPaths: string[] = []

beforeAll(async () => {
  db = await openMigratedPglite()
  const keys = await loadSigningKeys(db)
  const app = new Hono<AppEnv>()
    .use(async (c, next) => {
      requestedPaths.push(c.req.path)
      await next()
    })
    .route('/auth/v1', localAuthRoutes({ db, keys }))
  server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () =>
      resolve(started),
    )
  })
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await db.close()
})

async function createUser() {
  const email = `rm-${randomUUID()}@example.gov`
  const [row] = await db.query<{ id: string }>(
    `insert into auth.users (email, encrypted_password, email_confirmed_at)
     values ($1, $2, now()) returning id`,
    [email, await hashPassword(password)],
  )
  if (!row) throw new Error('no user inserted')
  return { id: row.id, email }
}

function client() {
  return createClient(url, 'local-publishable-key', {
    // ws's constructor types its arguments more loosely than realtime-js declares; it works.
    realtime: { transport: ws as unknown as WebSocketLikeConstructor },
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  })
}

describe('the real supabase-js client against the embedded auth server', () => {
  it('signs in, reads the user, verifies claims, refreshes and signs out', async () => {
    const user = await createUser()
    const supabase = client()

    const signIn = await supabase.auth.signInWithPassword({ email: user.email, password })
    expect(signIn.error).toBeNull()
    expect(signIn.data.user?.id).toBe(user.id)
    const first = signIn.data.session
    if (!first) throw new Error('no session')

    const current = await supabase.auth.getUser()
    expect(current.error).toBeNull()
    expect(current.data.user).toMatchObject({ id: user.id, email: user.email })

    const claims = await supabase.auth.getClaims()
    expect(claims.error).toBeNull()
    expect(claims.data?.claims).toMatchObject({ sub: user.id, role: 'authenticated' })
    // Verified locally with the published ES256 key, not by falling back to GET /user.
    expect(requestedPaths).toContain('/auth/v1/.well-known/jwks.json')

    const refreshed = await supabase.auth.refreshSession()
    expect(refreshed.error).toBeNull()
    const second = refreshed.data.session
    expect(second?.refresh_token).toEqual(expect.any(String))
    expect(second?.refresh_token).not.toBe(first.refresh_token)
    expect(second?.user.id).toBe(user.id)

    expect((await supabase.auth.signOut()).error).toBeNull()
    expect((await supabase.auth.getSession()).data.session).toBeNull()

    for (const token of [first.refresh_token, second?.refresh_token ?? '']) {
      const again = await client().auth.refreshSession({ refresh_token: token })
      expect(again.data.session).toBeNull()
      expect(again.error?.status).toBe(400)
    }
  })

  it('reports a wrong password as "Invalid login credentials", status 400', async () => {
    const user = await createUser()
    const { data, error } = await client().auth.signInWithPassword({
      email: user.email,
      password: 'not-the-password',
    })
    expect(data.session).toBeNull()
    expect(error?.message).toBe('Invalid login credentials')
    expect(error?.status).toBe(400)
    expect(error?.code).toBe('invalid_credentials')
  })

  it('sees a signed-out session as missing when it asks for the user', async () => {
    const user = await createUser()
    const phone = client()
    const laptop = client()
    await phone.auth.signInWithPassword({ email: user.email, password })
    await laptop.auth.signInWithPassword({ email: user.email, password })
    expect((await phone.auth.signOut({ scope: 'global' })).error).toBeNull()
    const { data, error } = await laptop.auth.getUser()
    expect(data.user).toBeNull()
    expect(error?.name).toBe('AuthSessionMissingError')
  })

  it('sets a new password with updateUser and reports a short one as weak_password', async () => {
    const user = await createUser()
    const supabase = client()
    await supabase.auth.signInWithPassword({ email: user.email, password })
    const short = await supabase.auth.updateUser({ password: 'short' })
    expect(short.error?.status).toBe(422)
    expect(short.error?.code).toBe('weak_password')
    expect(short.error).toMatchObject({ reasons: ['length'] })
    const changed = await supabase.auth.updateUser({ password: 'a field visit password' })
    expect(changed.error).toBeNull()
    expect(changed.data.user?.id).toBe(user.id)
    const again = await client().auth.signInWithPassword({
      email: user.email,
      password: 'a field visit password',
    })
    expect(again.error).toBeNull()
  })
})
