import { z } from 'zod'
import { DEFAULT_LOCAL_ISSUER } from './auth/issue-tokens.ts'
import { defaultApiRequestsPerMinute } from './auth/user-rate-limit.ts'

const port = z.coerce
  .number({ error: 'must be a port number' })
  .int('must be a port number')
  .min(0, 'must be 0 to 65535')
  .max(65535, 'must be 0 to 65535')
const httpUrl = z.url({ protocol: /^https?$/ })
const postgresUrl = z.string().regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// URL')

const schema = z
  .object({
    PORT: port.default(8787),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATA_DIR: z.string().min(1).default('.data'),
    DATABASE_URL: postgresUrl.optional(),
    SUPABASE_URL: httpUrl.optional(),
    SUPABASE_PUBLISHABLE_KEY: z.string().min(1).optional(),
    SUPABASE_SERVICE_ROLE_KEY: z.string().min(1).optional(),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    PASSWORD_HASH_COST: z.enum(['owasp', 'test']).default('owasp'),
    TRUSTED_PROXY_HEADER: z
      .string()
      .regex(/^[A-Za-z0-9-]+$/, 'must be a header name such as x-forwarded-for')
      .optional(),
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
    API_REQUESTS_PER_MINUTE: z.coerce
      .number()
      .int()
      .min(1)
      .max(100_000)
      .default(defaultApiRequestsPerMinute),
    AUTH_ISSUER: z.string().trim().min(1).max(200).default(DEFAULT_LOCAL_ISSUER),
  })
  .superRefine((value, context) => {
    if (value.SUPABASE_URL && !value.SUPABASE_PUBLISHABLE_KEY) {
      context.addIssue({
        code: 'custom',
        path: ['SUPABASE_PUBLISHABLE_KEY'],
        message: 'is required when SUPABASE_URL is set',
      })
    }
  })

export interface Env {
  port: number
  host: string
  dataDir: string
  /** A real Postgres or Supabase; absent means the embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined
  /** Supabase Auth; absent means Liaison serves its own compatible auth at /auth/v1. */
  supabase:
    | {
        url: string
        publishableKey: string
        /** For the admin's invites only; stays on the server (never in PublicConfig). */
        serviceRoleKey: string | undefined
      }
    | undefined
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent'
  /** Each signed-in user's /api budget per minute, per instance. */
  apiRequestsPerMinute: number
  /** The header our own reverse proxy sets with the client's address; absent: the socket's. */
  trustedProxy: { header: string; hops: number } | undefined
  /** The `iss` of the embedded auth's tokens, issued and required (unused with Supabase). */
  authIssuer: string
}

export class EnvError extends Error {}

/**
 * PASSWORD_HASH_COST alone, for the password hashing that runs without an Env (test fixtures,
 * the demo seed): `test` only when set explicitly, so production never gets it by default.
 */
export function passwordHashCostSetting(
  source: Record<string, string | undefined> = process.env,
): 'owasp' | 'test' {
  return source.PASSWORD_HASH_COST === 'test' ? 'test' : 'owasp'
}

/** Treats empty variables as unset, the way shells and .env files usually mean them. */
function withoutBlanks(source: Record<string, string | undefined>) {
  return Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''))
}

/**
 * Reads and validates the configuration once; a bad value throws an EnvError whose message is
 * one line naming the variable.
 *
 * @example
 * const env = loadEnv({ PORT: '9000' }) // { port: 9000, host: '127.0.0.1', ... }
 */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(withoutBlanks(source))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const name = String(issue?.path[0] ?? 'environment')
    throw new EnvError(`Invalid ${name}: ${issue?.message ?? 'invalid value'}`)
  }
  const value = parsed.data
  return {
    port: value.PORT,
    host: value.HOST,
    dataDir: value.DATA_DIR,
    databaseUrl: value.DATABASE_URL,
    supabase: value.SUPABASE_URL
      ? {
          url: value.SUPABASE_URL.replace(/\/+$/, ''),
          publishableKey: value.SUPABASE_PUBLISHABLE_KEY ?? '',
          serviceRoleKey: value.SUPABASE_SERVICE_ROLE_KEY,
        }
      : undefined,
    logLevel: value.LOG_LEVEL,
    authIssuer: value.AUTH_ISSUER,
    apiRequestsPerMinute: value.API_REQUESTS_PER_MINUTE,
    trustedProxy: value.TRUSTED_PROXY_HEADER
      ? { header: value.TRUSTED_PROXY_HEADER.toLowerCase(), hops: value.TRUSTED_PROXY_HOPS }
      : undefined,
  }
}
