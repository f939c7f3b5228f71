import { hkdfSync } from 'node:crypto'
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose'
import type { Database } from '../db/database.ts'

export interface PublicJwk extends JWK {
  kid: string
  alg: 'ES256'
  use: 'sig'
}

/** The embedded auth server's ES256 key: the private half signs, the JWKS is published. */
export interface SigningKeys {
  kid: string
  privateKey: CryptoKey
  jwks: { keys: PublicJwk[] }
  /** Derives a refresh token's successor from it (issue-tokens.ts); shared by every instance. */
  refreshSecret: Uint8Array
}

interface KeyRow {
  kid: string
  private_jwk: JWK
  public_jwk: JWK
}

function publishable(jwk: JWK, kid: string): PublicJwk {
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, kid, alg: 'ES256', use: 'sig' }
}

async function createKey(): Promise<KeyRow> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true })
  const public_jwk = await exportJWK(publicKey)
  const kid = await calculateJwkThumbprint(public_jwk)
  return { kid, private_jwk: await exportJWK(privateKey), public_jwk }
}

/**
 * Loads the signing key from `auth.liaison_signing_keys`, creating it on first start. Two
 * processes starting together agree on one key (an advisory lock serialises the creation).
 * Every stored key is published, the newest signs, so a key can be rotated by inserting one.
 *
 * @example
 * const keys = await loadSigningKeys(db)
 * app.get('/auth/v1/.well-known/jwks.json', (c) => c.json(keys.jwks))
 */
export async function loadSigningKeys(db: Database): Promise<SigningKeys> {
  const rows = await db.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(hashtext('auth.liaison_signing_keys'))`)
    const existing = await tx.query<KeyRow>(
      'select kid, private_jwk, public_jwk from auth.liaison_signing_keys order by created_at desc, kid',
    )
    if (existing.length > 0) return existing
    const key = await createKey()
    await tx.query(
      'insert into auth.liaison_signing_keys (kid, private_jwk, public_jwk) values ($1, $2::text::jsonb, $3::text::jsonb)',
      [key.kid, JSON.stringify(key.private_jwk), JSON.stringify(key.public_jwk)],
    )
    return [key]
  })
  const [newest] = rows
  if (!newest) throw new Error('no signing key')
  if (!newest.private_jwk.d) throw new Error('signing key has no private part')
  const privateKey = await importJWK(newest.private_jwk, 'ES256')
  if (!(privateKey instanceof CryptoKey))
    throw new Error('signing key did not import as a CryptoKey')
  return {
    kid: newest.kid,
    privateKey,
    jwks: { keys: rows.map((row) => publishable(row.public_jwk, row.kid)) },
    // Its own key, not the signing scalar itself: HKDF keeps the two uses apart.
    refreshSecret: new Uint8Array(
      hkdfSync('sha256', newest.private_jwk.d, newest.kid, 'liaison refresh-token successor', 32),
    ),
  }
}
