import { randomUUID } from 'node:crypto'
import { Hono, type Context } from 'hono'
import { decodeJwt, decodeProtectedHeader, generateKeyPair, SignJWT } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppEnv } from '../../api/app-env.ts'
import { clientAddress } from '../../api/auth/client-ip.ts'
import { createHashingGate, type HashingGate } from '../../api/auth/hashing-gate.ts'
import { localAuthRoutes } from '../../api/auth/local-auth-routes.ts'
import { hashPassword, type ScryptCost } from '../../api/auth/password.ts'
import { requireUser } from '../../api/auth/require-user.ts'
import { loadSigningKeys, type SigningKeys } from '../../api/auth/signing-keys.ts'
import { localVerifier } from '../../api/auth/verify-token.ts'
import type { Database } from '../../api/db/database.ts'
import { databaseTargets } from '../support/test-databases.ts'

interface Session {
  access_token: string
  refresh_token: string
  expires_in: number
  expires_at: number
  token_type: string
  user: { id: string; email: string; [field: string]: unknown }
}

const password = 'correct horse battery staple'

describe.each(databaseTargets())('local auth server on $name', (target) => {
  let db: Database
  let keys: SigningKeys
  let hashed: string

  beforeAll(async () => {
    db = await target.open()
    keys = await loadSigningKeys(db)
    hashed = await hashPassword(password)
  })
  afterAll(() => db.close())

  async function createUser(fields: { banned?: boolean; deleted?: boolean } = {}) {
    const email = `rm-${randomUUID()}@example.gov`
    const [row] = await db.query<{ id: string }>(
      `insert into auth.users (email, encrypted_password, email_confirmed_at, raw_user_meta_data,
         banned_until, deleted_at)
       values ($1, $2, now(), '{"full_name":"Ada Field"}', $3, $4) returning id`,
      [
        email,
        hashed,
        fields.banned ? new Date(Date.now() + 3_600_000) : null,
        fields.deleted ? new Date() : null,
      ],
    )
    if (!row) throw new Error('no user inserted')
    return { id: row.id, email }
  }

  /** A fresh app (fresh rate limits) whose clock can be moved, with one protected API route. */
  function setup(
    options: {
      issuer?: string
      passwordCost?: ScryptCost
      hashing?: HashingGate
      clientIp?: (c: Context) => string
    } = {},
  ) {
    let offsetMs = 0
    const now = () => new Date(Date.now() + offsetMs)
    const app = new Hono<AppEnv>()
      .route(
        '/auth/v1',
        localAuthRoutes({
          db,
          keys,
          now,
          clientIp: (c) => c.req.header('X-Test-Ip') ?? '10.0.0.1',
          ...options,
        }),
      )
      .get('/api/me', requireUser(localVerifier(keys, { now })), (c) =>
        c.json({ sub: c.get('claims').sub }),
      )

    function post(path: string, body: unknown, headers: Record<string, string> = {}) {
      return app.request(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      })
    }
    return {
      app,
      post,
      advance: (seconds: number) => (offsetMs += seconds * 1000),
      signIn: (email: string, pw = password, headers: Record<string, string> = {}) =>
        post('/auth/v1/token?grant_type=password', { email, password: pw }, headers),
      refresh: (refreshToken: string) =>
        post('/auth/v1/token?grant_type=refresh_token', { refresh_token: refreshToken }),
      get: (path: string, token?: string) =>
        app.request(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} }),
      logout: (token: string, scope?: string) =>
        app.request(`/auth/v1/logout${scope ? `?scope=${scope}` : ''}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}` },
        }),
    }
  }

  async function signedIn(server: ReturnType<typeof setup>, email: string): Promise<Session> {
    const response = await server.signIn(email)
    expect(response.status).toBe(200)
    return (await response.json()) as Session
  }

  it('signs in with a password and returns a GoTrue session with an ES256 access token', async () => {
    const server = setup()
    const user = await createUser()
    const response = await server.signIn(user.email.toUpperCase())
    expect(response.status).toBe(200)
    const session = (await response.json()) as Session
    expect(session).toMatchObject({
      token_type: 'bearer',
      expires_in: 3600,
      refresh_token: expect.any(String),
    })
    expect(session.expires_at).toBeCloseTo(Date.now() / 1000 + 3600, -1)
    expect(session.user).toMatchObject({
      id: user.id,
      aud: 'authenticated',
      role: 'authenticated',
      email: user.email,
      phone: '',
      app_metadata: { provider: 'email', providers: ['email'] },
      user_metadata: { full_name: 'Ada Field' },
      identities: [],
      is_anonymous: false,
      last_sign_in_at: expect.any(String),
    })
    expect(decodeProtectedHeader(session.access_token)).toMatchObject({
      alg: 'ES256',
      kid: keys.kid,
    })
    const claims = decodeJwt(session.access_token)
    expect(claims).toMatchObject({
      sub: user.id,
      aud: 'authenticated',
      role: 'authenticated',
      email: user.email,
      iss: 'liaison-embedded-auth',
      session_id: expect.any(String),
      aal: 'aal1',
      is_anonymous: false,
    })
    expect(claims.exp).toBe(session.expires_at)

    const me = await server.get('/auth/v1/user', session.access_token)
    expect(me.status).toBe(200)
    expect(await me.json()).toMatchObject({ id: user.id, email: user.email })
    const api = await server.get('/api/me', session.access_token)
    expect(await api.json()).toEqual({ sub: user.id })
    const [row] = await db.query<{ last_sign_in_at: Date | null }>(
      'select last_sign_in_at from auth.users where id = $1',
      [user.id],
    )
    expect(row?.last_sign_in_at).toBeInstanceOf(Date)
  })

  it('issues tokens with the configured iss whatever Host the request names', async () => {
    const issuer = 'https://liaison.example.gov/auth/v1'
    const server = setup({ issuer })
    const user = await createUser()
    const forged = await server.app.request(
      'http://evil.example/auth/v1/token?grant_type=password',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Host: 'evil.example' },
        body: JSON.stringify({ email: user.email, password }),
      },
    )
    expect(forged.status).toBe(200)
    const session = (await forged.json()) as Session
    expect(decodeJwt(session.access_token).iss).toBe(issuer)
    const refreshed = (await (await server.refresh(session.refresh_token)).json()) as Session
    expect(decodeJwt(refreshed.access_token).iss).toBe(issuer)
  })

  it('hashes a password again at the configured cost on its next sign-in, and only then', async () => {
    const raised = { N: 2 ** 15, r: 8, p: 1 }
    const server = setup({ passwordCost: raised })
    const user = await createUser()
    const storedHash = async () =>
      (
        await db.query<{ encrypted_password: string }>(
          'select encrypted_password from auth.users where id = $1',
          [user.id],
        )
      )[0]?.encrypted_password
    expect(await storedHash()).toMatch(/^scrypt\$16384\$8\$1\$/)
    expect((await server.signIn(user.email, 'wrong password')).status).toBe(400)
    expect(await storedHash()).toMatch(/^scrypt\$16384\$/)
    expect((await server.signIn(user.email)).status).toBe(200)
    const rehashed = await storedHash()
    expect(rehashed).toMatch(/^scrypt\$32768\$8\$1\$/)
    expect((await server.signIn(user.email)).status).toBe(200)
    expect(await storedHash()).toBe(rehashed)
  })

  it('stores refresh tokens only as hashes', async () => {
    const server = setup()
    const session = await signedIn(server, (await createUser()).email)
    const rows = await db.query('select 1 from auth.liaison_refresh_tokens where token_hash = $1', [
      session.refresh_token,
    ])
    expect(rows).toHaveLength(0)
  })

  it('rotates the refresh token on every refresh', async () => {
    const server = setup()
    const first = await signedIn(server, (await createUser()).email)
    const response = await server.refresh(first.refresh_token)
    expect(response.status).toBe(200)
    const second = (await response.json()) as Session
    expect(second.refresh_token).not.toBe(first.refresh_token)
    expect(decodeJwt(second.access_token).session_id).toBe(decodeJwt(first.access_token).session_id)
    expect((await server.get('/auth/v1/user', second.access_token)).status).toBe(200)
    expect((await server.refresh(second.refresh_token)).status).toBe(200)
  })

  it('revokes the whole session when a rotated refresh token is used again', async () => {
    const server = setup()
    const first = await signedIn(server, (await createUser()).email)
    const second = (await (await server.refresh(first.refresh_token)).json()) as Session
    server.advance(11)

    const reuse = await server.refresh(first.refresh_token)
    expect(reuse.status).toBe(400)
    expect(await reuse.json()).toMatchObject({
      error: 'invalid_grant',
      error_code: 'refresh_token_already_used',
      msg: 'Invalid Refresh Token: Already Used',
    })
    const newest = await server.refresh(second.refresh_token)
    expect(newest.status).toBe(400)
    expect(await newest.json()).toMatchObject({ error: 'invalid_grant' })
    const me = await server.get('/auth/v1/user', second.access_token)
    expect(me.status).toBe(403)
    expect(await me.json()).toMatchObject({ error_code: 'session_not_found' })
  })

  const tokenRows = async (accessToken: string) =>
    (
      await db.query<{ n: number }>(
        'select count(*)::int as n from auth.liaison_refresh_tokens where session_id = $1',
        [decodeJwt(accessToken).session_id],
      )
    )[0]?.n

  it('answers a token rotated moments ago (a lost response) with the same child, like GoTrue', async () => {
    const server = setup()
    const first = await signedIn(server, (await createUser()).email)
    const second = (await (await server.refresh(first.refresh_token)).json()) as Session
    server.advance(5)
    const retried = await server.refresh(first.refresh_token)
    expect(retried.status).toBe(200)
    const again = (await retried.json()) as Session
    expect(again.refresh_token).toBe(second.refresh_token)
    expect(decodeJwt(again.access_token).session_id).toBe(decodeJwt(first.access_token).session_id)
    expect(await tokenRows(first.access_token)).toBe(2)
    expect((await server.refresh(second.refresh_token)).status).toBe(200)
  })

  it('answers a replay with the live token when the child was itself rotated since', async () => {
    const server = setup()
    const first = await signedIn(server, (await createUser()).email)
    const second = (await (await server.refresh(first.refresh_token)).json()) as Session
    const third = (await (await server.refresh(second.refresh_token)).json()) as Session
    const replayed = (await (await server.refresh(first.refresh_token)).json()) as Session
    expect(replayed.refresh_token).toBe(third.refresh_token)
    expect(await tokenRows(first.access_token)).toBe(3)
  })

  it('gives two tabs refreshing the same token at once the same child in one session', async () => {
    const server = setup()
    const first = await signedIn(server, (await createUser()).email)
    const both = await Promise.all([
      server.refresh(first.refresh_token),
      server.refresh(first.refresh_token),
    ])
    expect(both.map((response) => response.status)).toEqual([200, 200])
    const [a, b] = (await Promise.all(both.map((response) => response.json()))) as Session[]
    expect(a?.refresh_token).toBe(b?.refresh_token)
    expect(await tokenRows(first.access_token)).toBe(2)
  })

  it('answers a wrong password and an unknown email with the same 400 invalid_grant', async () => {
    const server = setup()
    const user = await createUser()
    const wrong = await server.signIn(user.email, 'not the password')
    const unknown = await server.signIn(`nobody-${randomUUID()}@example.gov`)
    expect(wrong.status).toBe(400)
    expect(unknown.status).toBe(400)
    const body = await wrong.json()
    expect(body).toEqual({
      code: 400,
      error_code: 'invalid_credentials',
      msg: 'Invalid login credentials',
      error: 'invalid_grant',
      error_description: 'Invalid login credentials',
    })
    expect(await unknown.json()).toEqual(body)
  })

  it('answers API version 2024-01-01 clients with { code, message } and echoes the version', async () => {
    const server = setup()
    const response = await server.signIn(`nobody-${randomUUID()}@example.gov`, password, {
      'X-Supabase-Api-Version': '2024-01-01',
    })
    expect(response.status).toBe(400)
    expect(response.headers.get('X-Supabase-Api-Version')).toBe('2024-01-01')
    expect(await response.json()).toEqual({
      code: 'invalid_credentials',
      error_code: 'invalid_credentials',
      message: 'Invalid login credentials',
      error: 'invalid_grant',
      error_description: 'Invalid login credentials',
    })
  })

  it('refuses deleted users like unknown ones and banned users with user_banned', async () => {
    const server = setup()
    const deleted = await server.signIn((await createUser({ deleted: true })).email)
    expect(await deleted.json()).toMatchObject({ error_code: 'invalid_credentials' })
    const banned = await server.signIn((await createUser({ banned: true })).email)
    expect(banned.status).toBe(400)
    expect(await banned.json()).toMatchObject({ error_code: 'user_banned' })
  })

  it('backs off an email guessed from one IP, never locking its owner out', async () => {
    const server = setup()
    const user = await createUser()
    const attacker = { 'X-Test-Ip': '10.1.0.1' }
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await server.signIn(user.email, 'wrong', attacker)).status).toBe(400)
    }
    const limited = await server.signIn(user.email, password, attacker)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('Retry-After')).toBe('1')
    expect(await limited.json()).toMatchObject({
      error: 'over_request_rate_limit',
      msg: 'Too many failed sign-in attempts; try again in 1 s',
    })
    server.advance(1)
    expect((await server.signIn(user.email, 'wrong', attacker)).status).toBe(400)
    expect((await server.signIn(user.email, password, attacker)).headers.get('Retry-After')).toBe(
      '2',
    )
    expect((await server.signIn(user.email, password, { 'X-Test-Ip': '10.1.0.2' })).status).toBe(
      200,
    )
    server.advance(2)
    expect((await server.signIn(user.email, password, attacker)).status).toBe(200)
  })

  it('counts parallel wrong guesses before hashing: only the limit reach scrypt', async () => {
    const hashing = createHashingGate({ concurrency: 2, queueLimit: 64 })
    const server = setup({ hashing })
    const user = await createUser()
    const ip = { 'X-Test-Ip': '10.3.0.1' }
    const guesses = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        server.signIn(n % 2 ? user.email : `nobody-${n}-${randomUUID()}@example.gov`, 'x', ip),
      ),
    )
    const statuses = guesses.map((response) => response.status)
    expect(statuses.filter((status) => status === 400)).toHaveLength(10)
    expect(statuses.filter((status) => status === 429)).toHaveLength(10)
    expect(hashing.stats().started).toBe(10)
    const sameEmail = setup({ hashing: createHashingGate({ concurrency: 2, queueLimit: 64 }) })
    const pair = await Promise.all(
      Array.from({ length: 8 }, () =>
        sameEmail.signIn(user.email, 'x', { 'X-Test-Ip': '10.3.0.2' }),
      ),
    )
    expect(pair.filter((response) => response.status === 400)).toHaveLength(5)
  })

  it('answers 503 with Retry-After when the hashing queue is full', async () => {
    const server = setup({ hashing: createHashingGate({ concurrency: 1, queueLimit: 1 }) })
    const user = await createUser()
    const burst = await Promise.all(
      Array.from({ length: 4 }, (_, n) =>
        server.signIn(user.email, password, { 'X-Test-Ip': `10.4.0.${n}` }),
      ),
    )
    const busy = burst.filter((response) => response.status === 503)
    expect(burst.filter((response) => response.status === 200)).toHaveLength(2)
    expect(busy).toHaveLength(2)
    expect(busy[0]?.headers.get('Retry-After')).toBe('1')
    expect(await busy[0]?.json()).toMatchObject({ error_code: 'over_request_rate_limit' })
  })

  it('keeps two clients behind the trusted proxy in two buckets, and ignores the header untrusted', async () => {
    const behindProxy = setup({ clientIp: clientAddress({ header: 'x-forwarded-for', hops: 1 }) })
    const direct = setup({ clientIp: clientAddress(undefined) })
    const user = await createUser()
    const from = (address: string) => ({ 'X-Forwarded-For': `6.6.6.6, ${address}` })
    for (const server of [behindProxy, direct]) {
      for (let attempt = 1; attempt <= 10; attempt += 1) {
        const guess = await server.signIn(
          `nobody-${randomUUID()}@example.gov`,
          'x',
          from('203.0.113.1'),
        )
        expect(guess.status).toBe(400)
      }
      expect((await server.signIn(user.email, password, from('203.0.113.1'))).status).toBe(429)
    }
    expect((await behindProxy.signIn(user.email, password, from('203.0.113.2'))).status).toBe(200)
    expect((await direct.signIn(user.email, password, from('203.0.113.2'))).status).toBe(429)
  })

  it('refuses the 11th failed sign-in from one IP across emails', async () => {
    const server = setup()
    const user = await createUser()
    const ip = { 'X-Test-Ip': '10.2.0.1' }
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      expect(
        (await server.signIn(`nobody-${attempt}-${randomUUID()}@example.gov`, 'x', ip)).status,
      ).toBe(400)
    }
    expect((await server.signIn(user.email, password, ip)).status).toBe(429)
    expect((await server.signIn(user.email, password, { 'X-Test-Ip': '10.2.0.2' })).status).toBe(
      200,
    )
  })

  it('signs out globally by default: refresh tokens and /user stop working', async () => {
    const server = setup()
    const user = await createUser()
    const phone = await signedIn(server, user.email)
    const laptop = await signedIn(server, user.email)
    const response = await server.logout(phone.access_token)
    expect(response.status).toBe(204)
    for (const session of [phone, laptop]) {
      const refused = await server.refresh(session.refresh_token)
      expect(refused.status).toBe(400)
      expect(await refused.json()).toMatchObject({
        error: 'invalid_grant',
        error_code: 'refresh_token_not_found',
      })
    }
    expect((await server.get('/auth/v1/user', phone.access_token)).status).toBe(403)
  })

  it('signs out only the other sessions, or only this one, when asked', async () => {
    const server = setup()
    const user = await createUser()
    const phone = await signedIn(server, user.email)
    const laptop = await signedIn(server, user.email)
    expect((await server.logout(phone.access_token, 'others')).status).toBe(204)
    expect((await server.refresh(laptop.refresh_token)).status).toBe(400)
    const renewed = await server.refresh(phone.refresh_token)
    expect(renewed.status).toBe(200)
    const current = (await renewed.json()) as Session
    expect((await server.logout(current.access_token, 'local')).status).toBe(204)
    expect((await server.refresh(current.refresh_token)).status).toBe(400)
    expect((await server.logout(current.access_token, 'everywhere')).status).toBe(400)
  })

  it('answers every bad access token on a protected route with 401 JSON and a Bearer challenge', async () => {
    const server = setup()
    const user = await createUser()
    const past = setup()
    past.advance(-7200)
    const expired = (await signedIn(past, user.email)).access_token
    const foreign = await generateKeyPair('ES256')
    const claims = { sub: user.id, aud: 'authenticated', role: 'authenticated' }
    const forged = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: keys.kid })
      .setExpirationTime('1h')
      .sign(foreign.privateKey)
    const wrongAudience = await new SignJWT({ ...claims, aud: 'anon' })
      .setProtectedHeader({ alg: 'ES256', kid: keys.kid })
      .setExpirationTime('1h')
      .sign(keys.privateKey)
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
    const unsigned = `${encode({ alg: 'none' })}.${encode({ ...claims, exp: 9_999_999_999 })}.`

    const headers: Record<string, string>[] = [
      {},
      { Authorization: 'Basic dXNlcjpwYXNz' },
      { Authorization: 'Bearer' },
      { Authorization: 'Bearer not.a.token' },
      ...[expired, forged, wrongAudience, unsigned].map((token) => ({
        Authorization: `Bearer ${token}`,
      })),
    ]
    for (const header of headers) {
      const response = await server.app.request('/api/me', { headers: header })
      expect(response.status).toBe(401)
      expect(response.headers.get('WWW-Authenticate')).toMatch(/^Bearer/)
      expect(await response.json()).toMatchObject({
        error: 'unauthorized',
        message: expect.any(String),
      })
    }
    const noToken = await server.get('/auth/v1/user')
    expect(noToken.status).toBe(401)
    expect(await noToken.json()).toMatchObject({ error_code: 'no_authorization' })
    const badToken = await server.get('/auth/v1/user', forged)
    expect(badToken.status).toBe(403)
    expect(await badToken.json()).toMatchObject({ error_code: 'bad_jwt' })
  })

  it('answers malformed requests with 400 naming the field, never a 5xx', async () => {
    const server = setup()
    const cases: [string, unknown, RegExp][] = [
      ['/auth/v1/token', { email: 'a@b.c', password: 'x' }, /grant_type/],
      ['/auth/v1/token?grant_type=client_credentials', {}, /grant_type/],
      ['/auth/v1/token?grant_type=password', '{"email": ', /JSON/],
      ['/auth/v1/token?grant_type=password', '[]', /JSON/],
      ['/auth/v1/token?grant_type=password', {}, /email/],
      ['/auth/v1/token?grant_type=password', 'null', /JSON/],
      ['/auth/v1/token?grant_type=password', { email: 'a@b.c' }, /password/],
      ['/auth/v1/token?grant_type=password', { email: 42, password: 'x' }, /email/],
      ['/auth/v1/token?grant_type=refresh_token', {}, /refresh_token/],
      ['/auth/v1/token?grant_type=refresh_token', { refresh_token: ['x'] }, /refresh_token/],
    ]
    for (const [path, body, field] of cases) {
      const response = await server.post(path, body)
      expect(response.status, path).toBe(400)
      const json = (await response.json()) as { msg: string; error: string }
      expect(json.msg).toMatch(field)
      expect(json.error).toEqual(expect.any(String))
    }
    const unknownToken = await server.refresh('never-issued')
    expect(unknownToken.status).toBe(400)
    expect(await unknownToken.json()).toMatchObject({ error_code: 'refresh_token_not_found' })
    const huge = await server.post('/auth/v1/token?grant_type=password', {
      email: 'a',
      password: 'x'.repeat(70_000),
    })
    expect(huge.status).toBe(413)
  })

  it('refuses control characters in email, password or refresh token with a GoTrue 400', async () => {
    const server = setup()
    const user = await createUser()
    const cases: [string, Record<string, string>, RegExp][] = [
      ['password', { email: `${user.email}\u0000`, password }, /^email: /],
      ['password', { email: `a\u0000b@example.gov`, password }, /^email: /],
      ['password', { email: 'not an address', password }, /^email: /],
      ['password', { email: user.email, password: `${password}\u0000` }, /^password: /],
      ['refresh_token', { refresh_token: 'abc\u0000def' }, /^refresh_token: /],
    ]
    for (const [grant, body, message] of cases) {
      const response = await server.post(`/auth/v1/token?grant_type=${grant}`, body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(await response.json()).toMatchObject({
        error: 'invalid_request',
        error_code: 'validation_failed',
        msg: expect.stringMatching(message),
      })
    }
  })

  it('publishes its public keys', async () => {
    const response = await setup().get('/auth/v1/.well-known/jwks.json')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual(keys.jwks)
  })
})
