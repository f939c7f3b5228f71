import { Hono } from 'hono'
import { createMiddleware } from 'hono/factory'
import { describe, expect, it } from 'vitest'
import type { AppEnv } from '../app-env.ts'
import { userRateLimit } from './user-rate-limit.ts'

function setup(perMinute: number, maxUsers?: number) {
  let time = 1_000_000
  const limit = userRateLimit({ perMinute, now: () => time, ...(maxUsers ? { maxUsers } : {}) })
  const signedInAs = createMiddleware<AppEnv>(async (c, next) => {
    c.set('claims', { sub: c.req.header('x-user') ?? '', role: 'authenticated' })
    await next()
  })
  const app = new Hono<AppEnv>().use('*', signedInAs, limit).get('/api/me', (c) => c.text('ok'))
  return {
    limit,
    get: (user: string) => app.request('/api/me', { headers: { 'x-user': user } }),
    advance: (ms: number) => (time += ms),
  }
}

describe('the per-user API budget', () => {
  it('refuses a user past the budget with 429 and Retry-After, leaving others alone', async () => {
    const { get, advance } = setup(3)
    for (let n = 0; n < 3; n += 1) expect((await get('ada')).status).toBe(200)
    const refused = await get('ada')
    expect(refused.status).toBe(429)
    expect(refused.headers.get('Retry-After')).toBe('20')
    expect(await refused.json()).toMatchObject({
      error: 'rate_limited',
      message: 'Too many requests from this account; try again in 20 s',
    })
    expect((await get('bob')).status).toBe(200)
    advance(20_000)
    expect((await get('ada')).status).toBe(200)
    expect((await get('ada')).status).toBe(429)
  })

  it('remembers at most maxUsers users', async () => {
    const { get, limit } = setup(3, 2)
    for (const user of ['a', 'b', 'c', 'd']) await get(user)
    expect(limit.size()).toBe(2)
  })
})
