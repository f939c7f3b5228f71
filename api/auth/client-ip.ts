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
