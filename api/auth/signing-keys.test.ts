import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { databaseTargets } from '../../test/support/test-databases.ts'
import type { Database } from '../db/database.ts'
import { loadSigningKeys } from './signing-keys.ts'

describe.each(databaseTargets())('the signing key on $name', (target) => {
  let db: Database

  beforeAll(async () => {
    db = await target.open()
  })
  afterAll(() => db.close())

  it('is created once and found again on the next start, even when loaded concurrently', async () => {
    const loads = await Promise.all([loadSigningKeys(db), loadSigningKeys(db), loadSigningKeys(db)])
    const again = await loadSigningKeys(db)
    expect(new Set([...loads, again].map((keys) => keys.kid)).size).toBe(1)
    const rows = await db.query('select kid from auth.liaison_signing_keys')
    expect(rows).toHaveLength(1)
  })

  it('publishes only the public half, tagged for ES256 signatures', async () => {
    const keys = await loadSigningKeys(db)
    expect(keys.jwks.keys).toEqual([
      {
        kty: 'EC',
        crv: 'P-256',
        x: expect.any(String),
        y: expect.any(String),
        kid: keys.kid,
        alg: 'ES256',
        use: 'sig',
      },
    ])
    expect(keys.privateKey.type).toBe('private')
  })
})
