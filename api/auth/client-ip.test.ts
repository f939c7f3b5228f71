import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { clientAddress, type TrustedProxy } from './client-ip.ts'

async function addressSeen(proxy: TrustedProxy | undefined, headers: Record<string, string>) {
  const app = new Hono().get('/', (c) => c.text(clientAddress(proxy)(c)))
  return (await app.request('/', { headers })).text()
}

describe('the client address', () => {
  it('ignores forwarding headers unless a trusted proxy is configured', async () => {
    expect(await addressSeen(undefined, { 'x-forwarded-for': '203.0.113.7' })).toBe('unknown')
    expect(await addressSeen(undefined, { 'cf-connecting-ip': '203.0.113.7' })).toBe('unknown')
  })

  it('reads X-Forwarded-For from the right, as many hops as there are proxies', async () => {
    const header = { 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 10.0.0.2' }
    expect(await addressSeen({ header: 'x-forwarded-for', hops: 1 }, header)).toBe('10.0.0.2')
    expect(await addressSeen({ header: 'x-forwarded-for', hops: 2 }, header)).toBe('203.0.113.7')
  })

  it('reads a one-address header such as CF-Connecting-IP', async () => {
    const proxy = { header: 'cf-connecting-ip', hops: 1 }
    expect(await addressSeen(proxy, { 'cf-connecting-ip': '2001:db8::1' })).toBe('2001:db8::1')
  })

  it('falls back to the socket when the header is missing, short or not an address', async () => {
    const proxy = { header: 'x-forwarded-for', hops: 2 }
    expect(await addressSeen(proxy, {})).toBe('unknown')
    expect(await addressSeen(proxy, { 'x-forwarded-for': '203.0.113.7' })).toBe('unknown')
    expect(await addressSeen(proxy, { 'x-forwarded-for': 'evil, 10.0.0.2' })).toBe('unknown')
  })
})
