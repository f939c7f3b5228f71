import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')

/** Runs `npm start`'s server process (without the build) with the given environment. */
function startProcess(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env },
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /running at (http:\/\/\S+)/.exec(stdout)
      if (match?.[1]) resolve(match[1])
    })
    void exited.then((code) => reject(new Error(`exited ${code}: ${stderr}`)))
  })
  // Tests that expect an early exit never await `ready`.
  ready.catch(() => undefined)
  return { child, ready, exited, output: () => ({ stdout, stderr }) }
}

async function signIn(url: string) {
  const res = await fetch(`${url}/auth/v1/token?grant_type=password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'manager@demo.test', password: 'liaison-demo' }),
  })
  expect(res.status).toBe(200)
  return (await res.json()) as { access_token: string; refresh_token: string }
}

describe('the server process', () => {
  it('exits 1 with one line naming a bad variable', async () => {
    const server = startProcess({ PORT: 'eighty' })
    expect(await server.exited).toBe(1)
    expect(server.output().stderr.trim()).toMatch(/^Invalid PORT: [^\n]+$/)
  })

  it('seeds once, closes cleanly on a signal and keeps every row across a restart', async () => {
    const env = { DATA_DIR: mkdtempSync(join(tmpdir(), 'liaison-restart-')), PORT: '0' }

    const first = startProcess(env)
    const firstUrl = await first.ready
    expect(first.output().stdout).toContain('seeded demo data')
    expect(first.output().stdout).toContain('manager@demo.test')
    const session = await signIn(firstUrl)
    first.child.kill('SIGINT')
    expect(await first.exited).toBe(0)

    const second = startProcess(env)
    const secondUrl = await second.ready
    expect(second.output().stdout).not.toContain('seeded demo data')
    const me = await fetch(`${secondUrl}/api/me`, {
      headers: { authorization: `Bearer ${session.access_token}` },
    })
    expect(me.status).toBe(200)
    expect(await me.json()).toMatchObject({ org: { name: 'Demo State Office of the CIO' } })
    const refreshed = await fetch(`${secondUrl}/auth/v1/token?grant_type=refresh_token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refresh_token: session.refresh_token }),
    })
    expect(refreshed.status).toBe(200)
    second.child.kill('SIGTERM')
    expect(await second.exited).toBe(0)
  }, 120_000)
})
