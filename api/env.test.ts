import { describe, expect, it } from 'vitest'
import { EnvError, loadEnv } from './env.ts'

describe('loadEnv', () => {
  it('defaults to the embedded database and local auth on 127.0.0.1:8787', () => {
    const env = loadEnv({})
    expect(env).toMatchObject({ port: 8787, host: '127.0.0.1', dataDir: '.data', logLevel: 'info' })
    expect(env.databaseUrl).toBeUndefined()
    expect(env.supabase).toBeUndefined()
  })

  it('reads a real database and a Supabase project, trimming the trailing slash', () => {
    const env = loadEnv({
      DATABASE_URL: 'postgres://app:app@127.0.0.1:5432/app',
      SUPABASE_URL: 'https://abc.supabase.co/',
      SUPABASE_PUBLISHABLE_KEY: 'sb_publishable_x',
      PORT: '9000',
    })
    expect(env.databaseUrl).toBe('postgres://app:app@127.0.0.1:5432/app')
    expect(env.supabase).toEqual({
      url: 'https://abc.supabase.co',
      publishableKey: 'sb_publishable_x',
    })
    expect(env.port).toBe(9000)
  })

  it('reads SUPABASE_SERVICE_ROLE_KEY, for invites, beside the Supabase project', () => {
    const env = loadEnv({
      SUPABASE_URL: 'https://abc.supabase.co',
      SUPABASE_PUBLISHABLE_KEY: 'sb_publishable_x',
      SUPABASE_SERVICE_ROLE_KEY: 'sb_secret_y',
    })
    expect(env.supabase?.serviceRoleKey).toBe('sb_secret_y')
  })

  it('issues embedded tokens as liaison-embedded-auth unless AUTH_ISSUER names another', () => {
    expect(loadEnv({}).authIssuer).toBe('liaison-embedded-auth')
    expect(loadEnv({ AUTH_ISSUER: 'https://liaison.example.gov/auth/v1' }).authIssuer).toBe(
      'https://liaison.example.gov/auth/v1',
    )
  })

  it('accepts PASSWORD_HASH_COST owasp or test only', () => {
    expect(() => loadEnv({ PASSWORD_HASH_COST: 'test' })).not.toThrow()
    expect(() => loadEnv({ PASSWORD_HASH_COST: 'cheap' })).toThrow(/^Invalid PASSWORD_HASH_COST: /)
  })

  it('trusts a proxy header only when TRUSTED_PROXY_HEADER names one', () => {
    expect(loadEnv({}).trustedProxy).toBeUndefined()
    expect(loadEnv({ TRUSTED_PROXY_HOPS: '2' }).trustedProxy).toBeUndefined()
    expect(
      loadEnv({ TRUSTED_PROXY_HEADER: 'X-Forwarded-For', TRUSTED_PROXY_HOPS: '2' }),
    ).toMatchObject({
      trustedProxy: { header: 'x-forwarded-for', hops: 2 },
    })
    expect(loadEnv({ TRUSTED_PROXY_HEADER: 'cf-connecting-ip' }).trustedProxy?.hops).toBe(1)
    expect(() => loadEnv({ TRUSTED_PROXY_HEADER: 'x forwarded' })).toThrow(
      /^Invalid TRUSTED_PROXY_HEADER: /,
    )
    expect(() => loadEnv({ TRUSTED_PROXY_HOPS: '0' })).toThrow(/^Invalid TRUSTED_PROXY_HOPS: /)
  })

  it('gives each user 600 API requests a minute unless API_REQUESTS_PER_MINUTE says otherwise', () => {
    expect(loadEnv({}).apiRequestsPerMinute).toBe(600)
    expect(loadEnv({ API_REQUESTS_PER_MINUTE: '1200' }).apiRequestsPerMinute).toBe(1200)
    expect(() => loadEnv({ API_REQUESTS_PER_MINUTE: '0' })).toThrow(
      /^Invalid API_REQUESTS_PER_MINUTE: /,
    )
  })

  it('treats empty variables as unset', () => {
    expect(loadEnv({ DATABASE_URL: '', SUPABASE_URL: '' }).databaseUrl).toBeUndefined()
  })

  it.each([
    [{ PORT: 'eighty' }, /^Invalid PORT: /],
    [{ PORT: '70000' }, /^Invalid PORT: /],
    [{ DATABASE_URL: 'mysql://x' }, /^Invalid DATABASE_URL: must be a postgres/],
    [{ SUPABASE_URL: 'not a url', SUPABASE_PUBLISHABLE_KEY: 'k' }, /^Invalid SUPABASE_URL: /],
    [{ SUPABASE_URL: 'https://abc.supabase.co' }, /^Invalid SUPABASE_PUBLISHABLE_KEY: is required/],
    [{ LOG_LEVEL: 'loud' }, /^Invalid LOG_LEVEL: /],
  ])('names the variable in one line when %o is bad', (source, message) => {
    expect(() => loadEnv(source)).toThrow(EnvError)
    expect(() => loadEnv(source)).toThrow(message)
    try {
      loadEnv(source)
    } catch (error) {
      expect(String((error as Error).message)).not.toContain('\n')
    }
  })
})
