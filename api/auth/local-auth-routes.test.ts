import { exportJWK, generateKeyPair } from 'jose'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import type { AppEnv } from '../app-env.ts'
import type { Database } from '../db/database.ts'
import { localAuthRoutes } from './local-auth-routes.ts'
import type { PublicJwk } from './signing-keys.ts'

const brokenDatabase: Database = {
  kind: 'postgres',
  query: () => Promise.reject(new Error('connection refused at 10.0.0.5:5432')),
  exec: () => Promise.reject(new Error('connection refused')),
  transaction: () => Promise.reject(new Error('connection refused')),
  close: () => Promise.resolve(),
}

describe('the auth routes when the database fails', () => {
  it('answer 500 with a GoTrue error body, report the cause and leak nothing', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256')
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k', alg: 'ES256', use: 'sig' } as PublicJwk
    const reported: unknown[] = []
    const app = new Hono<AppEnv>().route(
      '/auth/v1',
      localAuthRoutes({
        db: brokenDatabase,
        keys: { kid: 'k', privateKey, jwks: { keys: [jwk] }, refreshSecret: new Uint8Array(32) },
        onUnexpectedError: (error) => reported.push(error),
      }),
    )
    const response = await app.request('/auth/v1/token?grant_type=password', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'ada@example.gov', password: 'secret' }),
    })
    expect(response.status).toBe(500)
    const text = await response.text()
    expect(JSON.parse(text)).toMatchObject({ error_code: 'unexpected_failure' })
    expect(text).not.toMatch(/10\.0\.0\.5|refused|at /)
    expect(reported).toHaveLength(1)
  })
})
