import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose'
import { describe, expect, it } from 'vitest'
import { DEFAULT_LOCAL_ISSUER, signAccessToken } from './issue-tokens.ts'
import type { PublicJwk, SigningKeys } from './signing-keys.ts'
import { AuthError, localVerifier, supabaseVerifier } from './verify-token.ts'

async function testKeys(kid = 'test-key'): Promise<SigningKeys> {
  const { privateKey, publicKey } = await generateKeyPair('ES256')
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' } as PublicJwk
  return { kid, privateKey, jwks: { keys: [jwk] }, refreshSecret: new Uint8Array(32) }
}

const keys = await testKeys()
const verify = localVerifier(keys)
const sub = '7d1f0c5e-3b1a-4f7e-9c2d-1a2b3c4d5e6f'
const now = () => Math.floor(Date.now() / 1000)

function sign(payload: JWTPayload, signingKeys = keys) {
  return new SignJWT({ role: 'authenticated', iss: DEFAULT_LOCAL_ISSUER, ...payload })
    .setProtectedHeader({ alg: 'ES256', kid: signingKeys.kid })
    .sign(signingKeys.privateKey)
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')

async function refusal(token: string, verifier = verify): Promise<AuthError> {
  const error = await verifier(token).then(
    () => null,
    (caught: unknown) => caught,
  )
  if (!(error instanceof AuthError)) throw new Error(`expected an AuthError, got ${String(error)}`)
  return error
}

describe('verifying access tokens', () => {
  it('accepts a token it issued and returns its claims', async () => {
    const { accessToken } = await signAccessToken(
      keys,
      {
        userId: sub,
        email: 'ada@example.gov',
        appMetadata: { provider: 'email' },
        userMetadata: {},
        sessionId: '0b8e7c3a-2f4d-4e6a-9b1c-5d7e9f0a1b2c',
        authenticatedAt: new Date(),
      },
      { issuer: DEFAULT_LOCAL_ISSUER, now: new Date() },
    )
    const claims = await verify(accessToken)
    expect(claims).toMatchObject({
      sub,
      role: 'authenticated',
      aud: 'authenticated',
      email: 'ada@example.gov',
      session_id: '0b8e7c3a-2f4d-4e6a-9b1c-5d7e9f0a1b2c',
      aal: 'aal1',
      is_anonymous: false,
    })
    expect(claims.exp).toBe((claims.iat as number) + 3600)
  })

  it('accepts RS256 tokens too (Supabase projects with RSA keys)', async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256')
    const jwk = { ...(await exportJWK(publicKey)), kid: 'rsa', alg: 'RS256', use: 'sig' }
    const rsaVerify = localVerifier({ jwks: { keys: [jwk] } })
    const token = await new SignJWT({ sub, aud: 'authenticated', role: 'authenticated' })
      .setProtectedHeader({ alg: 'RS256', kid: 'rsa' })
      .setIssuer(DEFAULT_LOCAL_ISSUER)
      .setExpirationTime('1h')
      .sign(privateKey)
    expect((await rsaVerify(token)).sub).toBe(sub)
  })

  it('refuses an expired token with expired_token', async () => {
    const token = await sign({ sub, aud: 'authenticated', exp: now() - 60, iat: now() - 3660 })
    expect((await refusal(token)).code).toBe('expired_token')
  })

  it('honours the injected clock', async () => {
    const token = await sign({ sub, aud: 'authenticated', exp: now() + 60 })
    const later = localVerifier(keys, { now: () => new Date(Date.now() + 120_000) })
    expect((await refusal(token, later)).code).toBe('expired_token')
  })

  it('refuses a token it accepted before once its exp has passed', async () => {
    let skew = 0
    const clocked = localVerifier(keys, { now: () => new Date(Date.now() + skew) })
    const token = await sign({ sub, aud: 'authenticated', exp: now() + 60 })
    expect((await clocked(token)).sub).toBe(sub)
    expect((await clocked(token)).sub).toBe(sub) // the remembered verdict
    skew = 61_000
    expect((await refusal(token, clocked)).code).toBe('expired_token')
  })

  it('refuses a token for another audience', async () => {
    const token = await sign({ sub, aud: 'anon', exp: now() + 60 })
    expect((await refusal(token)).code).toBe('invalid_token')
  })

  it('refuses a token without a subject or without an expiry', async () => {
    expect((await refusal(await sign({ aud: 'authenticated', exp: now() + 60 }))).code).toBe(
      'invalid_token',
    )
    expect((await refusal(await sign({ sub, aud: 'authenticated' }))).code).toBe('invalid_token')
    const emptySub = await sign({ sub: '', aud: 'authenticated', exp: now() + 60 })
    expect((await refusal(emptySub)).code).toBe('invalid_token')
  })

  it('refuses an unsigned alg:none token', async () => {
    const payload = { sub, aud: 'authenticated', role: 'authenticated', exp: now() + 60 }
    const token = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.`
    expect((await refusal(token)).code).toBe('invalid_token')
  })

  it('refuses an HS256 token, even one "signed" with the public key', async () => {
    const secret = new TextEncoder().encode(JSON.stringify(keys.jwks.keys[0]))
    const token = await new SignJWT({ sub, aud: 'authenticated', role: 'authenticated' })
      .setProtectedHeader({ alg: 'HS256', kid: keys.kid })
      .setExpirationTime('1h')
      .sign(secret)
    expect((await refusal(token)).code).toBe('invalid_token')
  })

  it('refuses a token signed by a foreign key, with or without our kid', async () => {
    const foreign = await testKeys(keys.kid)
    expect(
      (await refusal(await sign({ sub, aud: 'authenticated', exp: now() + 60 }, foreign))).code,
    ).toBe('invalid_token')
    const unknownKid = await testKeys('someone-else')
    expect(
      (await refusal(await sign({ sub, aud: 'authenticated', exp: now() + 60 }, unknownKid))).code,
    ).toBe('invalid_token')
  })

  it('refuses a token from another issuer, or naming none, even signed with our key', async () => {
    const foreign = await sign({
      sub,
      aud: 'authenticated',
      exp: now() + 60,
      iss: 'https://evil.example/auth/v1',
    })
    expect((await refusal(foreign)).code).toBe('invalid_token')
    const unnamed = await sign({ sub, aud: 'authenticated', exp: now() + 60, iss: undefined })
    expect((await refusal(unnamed)).code).toBe('invalid_token')
    const configured = localVerifier(keys, { issuer: 'https://liaison.example.gov/auth/v1' })
    const ours = await sign({ sub, aud: 'authenticated', exp: now() + 60 })
    expect((await refusal(ours, configured)).code).toBe('invalid_token')
  })

  it('refuses a token whose payload was changed after signing', async () => {
    const token = await sign({ sub, aud: 'authenticated', exp: now() + 60 })
    const [header, , signature] = token.split('.')
    const forged = base64url({ sub: 'someone-else', aud: 'authenticated', exp: now() + 60 })
    expect((await refusal(`${header}.${forged}.${signature}`)).code).toBe('invalid_token')
  })

  it.each([
    '',
    'not-a-token',
    'a.b.c',
    'a.b',
    '...',
    `${base64url({ alg: 'ES256' })}.not-json.sig`,
    `${base64url({ alg: 'ES256', kid: 'test-key' })}.${base64url({ sub })}.`,
    'x'.repeat(20_000),
    '\u0000\u0001.\u0002',
  ])('refuses the malformed string %#', async (token) => {
    const error = await refusal(token)
    expect(error.code).toBe('invalid_token')
    expect(error.message).toBe('Access token is invalid')
  })
})

describe('verifying against a Supabase project', () => {
  it('fetches the JWKS from <url>/auth/v1/.well-known/jwks.json', async () => {
    const paths: string[] = []
    const server = createServer((request, response) => {
      paths.push(request.url ?? '')
      response.setHeader('Content-Type', 'application/json')
      response.end(JSON.stringify(keys.jwks))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      const remote = supabaseVerifier(`http://127.0.0.1:${port}/`)
      const iss = `http://127.0.0.1:${port}/auth/v1`
      const token = await sign({ sub, aud: 'authenticated', exp: now() + 60, iss })
      expect((await remote(token)).sub).toBe(sub)
      const embedded = await sign({ sub, aud: 'authenticated', exp: now() + 60 })
      expect((await refusal(embedded, remote)).code).toBe('invalid_token')
      expect(paths).toEqual(['/auth/v1/.well-known/jwks.json'])
    } finally {
      server.close()
    }
  })

  it('reports unreachable keys as unavailable, not as a bad token', async () => {
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    await new Promise((resolve) => server.close(resolve))
    const remote = supabaseVerifier(`http://127.0.0.1:${port}`)
    const token = await sign({ sub, aud: 'authenticated', exp: now() + 60 })
    expect((await refusal(token, remote)).code).toBe('unavailable')
  })
})
