import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import { passwordHashCostSetting } from '../env.ts'

export interface ScryptCost {
  N: number
  r: number
  p: number
}

/** OWASP's advice for scrypt (2024): N = 2^17, r = 8, p = 1, i.e. 128 MiB per hash. */
export const OWASP_SCRYPT_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 }
/** Only with PASSWORD_HASH_COST=test: the cost before issue 11, so test suites stay fast. */
export const TEST_SCRYPT_COST: ScryptCost = { N: 2 ** 14, r: 8, p: 1 }

const keyLength = 32
// A hash read back names its own cost; past this a corrupt row would allocate gigabytes.
const maxN = 2 ** 20

/** The cost new hashes get: OWASP's, unless PASSWORD_HASH_COST=test (loadEnv validates it). */
export function configuredScryptCost(source?: Record<string, string | undefined>): ScryptCost {
  return passwordHashCostSetting(source) === 'test' ? TEST_SCRYPT_COST : OWASP_SCRYPT_COST
}

/** scrypt needs 128·r·(N + p + 2) bytes; Node refuses to start above `maxmem` (32 MiB default). */
function maxmemFor({ N, r, p }: ScryptCost) {
  return 128 * r * (N + p + 2) + 1024 * 1024
}

function derive(password: string, salt: Buffer, cost: ScryptCost, length: number) {
  const options: ScryptOptions = { ...cost, maxmem: maxmemFor(cost) }
  return new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, length, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  )
}

interface StoredHash {
  cost: ScryptCost
  salt: Buffer
  key: Buffer
}

function parseHash(stored: string | null): StoredHash | null {
  const [scheme, N, r, p, salt, key, ...rest] = (stored ?? '').split('$')
  if (scheme !== 'scrypt' || !N || !r || !p || !salt || !key || rest.length > 0) return null
  const cost = { N: Number(N), r: Number(r), p: Number(p) }
  const valid =
    Number.isInteger(cost.N) &&
    cost.N > 1 &&
    cost.N <= maxN &&
    (cost.N & (cost.N - 1)) === 0 &&
    [cost.r, cost.p].every((value) => Number.isInteger(value) && value >= 1 && value <= 16)
  return valid ? { cost, salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') } : null
}

/**
 * Hashes a password with scrypt; the parameters travel inside the hash so they can be raised
 * later (see needsRehash).
 *
 * @example
 * const stored = await hashPassword('liaison-demo') // 'scrypt$131072$8$1$<salt>$<key>'
 */
export async function hashPassword(
  password: string,
  cost: ScryptCost = configuredScryptCost(),
): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, cost, keyLength)
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join(
    '$',
  )
}

/** True when `password` matches `stored`; false for any malformed or foreign hash. */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parsed = parseHash(stored)
  if (!parsed || parsed.key.length === 0) return false
  const actual = await derive(password, parsed.salt, parsed.cost, parsed.key.length)
  return timingSafeEqual(actual, parsed.key)
}

/**
 * True when `stored` was made with other parameters than `cost`: after a successful sign-in,
 * hash the password again so raising the cost reaches every user who signs in.
 *
 * @example
 * if (needsRehash(user.encrypted_password)) await storeHash(user.id, await hashPassword(password))
 */
export function needsRehash(
  stored: string | null,
  cost: ScryptCost = configuredScryptCost(),
): boolean {
  const parsed = parseHash(stored)
  if (!parsed) return true
  const { N, r, p } = parsed.cost
  return N !== cost.N || r !== cost.r || p !== cost.p || parsed.key.length !== keyLength
}
