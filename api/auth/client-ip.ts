import { isIP } from 'node:net'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'

/**
 * The address of the socket the request came on, or 'unknown' when there is none (tests that
 * call `app.request()`). Forwarded-for headers are not trusted here: anyone can send them.
 *
 * @example
 * const ip = socketAddress(c) // '127.0.0.1'
 */
export function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

/** The header our own proxy sets (TRUSTED_PROXY_HEADER) and how many proxies append to it. */
export interface TrustedProxy {
  header: string
  /** 1: the address the proxy nearest to us saw; 2: the one before it, and so on. */
  hops: number
}

/**
 * Who is asking: behind a trusted proxy, the address it wrote into its header — counted from
 * the right, since a client may put anything on the left of X-Forwarded-For — else the socket's.
 * Without a configured proxy every such header is ignored.
 *
 * @example
 * const clientIp = clientAddress({ header: 'x-forwarded-for', hops: 1 })
 * clientIp(c) // '203.0.113.7' for 'X-Forwarded-For: 6.6.6.6, 203.0.113.7'
 */
export function clientAddress(proxy: TrustedProxy | undefined): (c: Context) => string {
  if (!proxy) return socketAddress
  return (c) => {
    const entries = (c.req.header(proxy.header) ?? '').split(',').map((entry) => entry.trim())
    const address = entries[entries.length - proxy.hops]
    return address && isIP(address) ? address : socketAddress(c)
  }
}
