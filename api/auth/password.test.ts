import { describe, expect, it } from 'vitest'
import {
  configuredScryptCost,
  hashPassword,
  needsRehash,
  OWASP_SCRYPT_COST,
  TEST_SCRYPT_COST,
  verifyPassword,
} from './password.ts'

describe('password hashing', () => {
  it('uses OWASP scrypt cost (N=2^17, r=8, p=1) unless PASSWORD_HASH_COST=test', () => {
    expect(configuredScryptCost({})).toEqual({ N: 131072, r: 8, p: 1 })
    expect(configuredScryptCost({ PASSWORD_HASH_COST: 'owasp' })).toEqual(OWASP_SCRYPT_COST)
    expect(configuredScryptCost({ PASSWORD_HASH_COST: 'test' })).toEqual(TEST_SCRYPT_COST)
  })

  it('hashes at 128 MiB without running out of maxmem, and stores the parameters', async () => {
    const started = performance.now()
    const stored = await hashPassword('liaison-demo', OWASP_SCRYPT_COST)
    const hashMs = performance.now() - started
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$[^$]+\$[^$]+$/)
    expect(await verifyPassword('liaison-demo', stored)).toBe(true)
    expect(needsRehash(stored, OWASP_SCRYPT_COST)).toBe(false)
    console.info(`one scrypt hash at N=2^17: ${Math.round(hashMs)} ms`)
  })

  it('asks for a rehash of a hash made with older or other parameters', async () => {
    const old = await hashPassword('pw', { N: 2 ** 14, r: 8, p: 1 })
    expect(await verifyPassword('pw', old)).toBe(true)
    expect(needsRehash(old, OWASP_SCRYPT_COST)).toBe(true)
    expect(needsRehash(old, { N: 2 ** 14, r: 8, p: 1 })).toBe(false)
    expect(needsRehash('$2a$10$bcrypt-from-supabase', OWASP_SCRYPT_COST)).toBe(true)
  })

  it.each([
    'scrypt$1073741824$8$1$c2FsdA==$a2V5',
    'scrypt$1000$8$1$c2FsdA==$a2V5',
    'scrypt$16384$8$1$c2FsdA==$',
    'scrypt$16384$8$1$c2FsdA==$a2V5$extra',
    'bcrypt$x',
    '',
  ])('refuses the malformed or oversized hash %s without deriving', async (stored) => {
    expect(await verifyPassword('pw', stored)).toBe(false)
  })
})
