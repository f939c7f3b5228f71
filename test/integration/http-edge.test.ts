import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync } from 'node:zlib'
import { serve, type ServerType } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../api/db/database.ts'
import { precompressFiles } from '../../scripts/precompress-files.ts'
import { createUser } from '../support/fixtures.ts'
import { createTestApp } from '../support/test-app.ts'
import { openMigratedPglite } from '../support/pglite-template.ts'

let db: Database
let harness: Awaited<ReturnType<typeof createTestApp>>
let server: ServerType
let port: number
let dbOpen = true
let user: Awaited<ReturnType<typeof createUser>>

const assetText = `export const greeting = ${JSON.stringify('hello '.repeat(200))}`

/** A stand-in for the built PWA: its shell and one hashed asset, precompressed as built. */
function builtWeb() {
  const root = mkdtempSync(join(tmpdir(), 'liaison-web-'))
  mkdirSync(join(root, 'assets'))
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Liaison</title>')
  writeFileSync(join(root, 'assets', 'app-1a2b3c.js'), assetText)
  precompressFiles(root)
  return root
}

beforeAll(async () => {
  db = await openMigratedPglite()
  harness = await createTestApp(db, { webRoot: builtWeb() })
  user = await createUser(db, 'edge')
  const { app } = harness
  server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () =>
      resolve(started),
    )
  })
  port = (server.address() as AddressInfo).port
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  if (dbOpen) await db.close()
})

/** A GET whose body is left as sent (fetch would decode it), with its Content-Encoding. */
function rawGet(path: string, acceptEncoding: string) {
  return new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
    const headers = { 'accept-encoding': acceptEncoding }
    http
      .get({ host: '127.0.0.1', port, path, headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
        )
      })
      .on('error', reject)
  })
}

interface Answer {
  status: number | undefined
  connection: string | undefined
}

/** One request through `agent`, which keeps its single socket alive between requests. */
function send(agent: http.Agent, method: string, path: string, body?: string, chunked = false) {
  return new Promise<Answer>((resolve, reject) => {
    const headers = { 'content-type': 'application/json' }
    const req = http.request({ host: '127.0.0.1', port, method, path, agent, headers }, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode, connection: res.headers.connection }))
    })
    req.on('error', reject)
    if (body && chunked) {
      for (let at = 0; at < body.length; at += 64 * 1024) req.write(body.slice(at, at + 64 * 1024))
      req.end()
    } else req.end(body)
  })
}

describe('a keep-alive connection after a 413', () => {
  it.each([
    ['/api/sync/push', 2 * 1024 * 1024, false],
    ['/api/sync/push', 2 * 1024 * 1024, true],
    ['/auth/v1/token?grant_type=password', 100 * 1024, false],
  ])(
    '%s with %i bytes (chunked: %s) is closed, and the next request succeeds',
    async (path, size, chunked) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
      try {
        const refused = await send(agent, 'POST', path, 'x'.repeat(size), chunked)
        const next = await send(agent, 'GET', '/api/health').catch((error: Error) => error.message)
        expect(next).toEqual({ status: 200, connection: 'keep-alive' })
        expect(refused).toEqual({ status: 413, connection: 'close' })
      } finally {
        agent.destroy()
      }
    },
  )
})

describe('Cache-Control on /api and /auth', () => {
  const request = (path: string, init?: RequestInit) => harness.app.request(path, init)

  it('is no-store on answers and refusals alike', async () => {
    const { access_token } = await harness.signIn(user.email, user.password)
    const bearer = { authorization: `Bearer ${access_token}` }
    const answers = [
      await request('/api/health'),
      await request('/api/config'),
      await request('/api/me', { headers: bearer }),
      await request('/api/me'),
      await request('/api/portfolio?asOf=0000-01-01', { headers: bearer }),
      await request('/api/nowhere', { headers: bearer }),
      await request('/api/sync/push', { method: 'POST', body: 'x'.repeat(1024 * 1024 + 1) }),
    ]
    expect(answers.map((res) => res.status)).toEqual([200, 200, 200, 401, 400, 404, 413])
    for (const res of answers) expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('is no-store on sign-in answers, which carry tokens', async () => {
    const token = (password: string) =>
      request('/auth/v1/token?grant_type=password', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: user.email, password }),
      })
    const answers = [
      await token(user.password),
      await token('wrong'),
      await request('/auth/v1/user'),
    ]
    expect(answers.map((res) => res.status)).toEqual([200, 400, 401])
    for (const res of answers) expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it("leaves the PWA's own caching of its shell and assets alone", async () => {
    expect((await request('/')).headers.get('cache-control')).toBe('no-cache')
    const asset = await request('/assets/app-1a2b3c.js')
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  })

  it('sends the Brotli copy to a browser that accepts it, and the plain file to one that does not', async () => {
    const path = '/assets/app-1a2b3c.js'
    const brotli = await rawGet(path, 'br, gzip')
    expect(brotli.encoding).toBe('br')
    expect(brotli.body.length).toBeLessThan(assetText.length / 4)
    expect(brotliDecompressSync(brotli.body).toString()).toBe(assetText)
    expect((await rawGet('/some/deep/link', 'gzip')).encoding).toBe('gzip')
    const plain = await rawGet(path, 'identity')
    expect(plain.encoding).toBeUndefined()
    expect(plain.body.toString()).toBe(assetText)
  })

  // Last: it closes the database to make the server fail.
  it('is no-store on a 500 too', async () => {
    const { access_token } = await harness.signIn(user.email, user.password)
    await db.close()
    dbOpen = false
    const res = await request('/api/me', { headers: { authorization: `Bearer ${access_token}` } })
    expect(res.status).toBe(500)
    expect(res.headers.get('cache-control')).toBe('no-store')
  })
})
