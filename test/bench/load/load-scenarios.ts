import { randomUUID } from 'node:crypto'
import type { Client } from 'autocannon'
import { syncSchemaVersion } from '../../../api/contract/sync-protocol.ts'
import type { LoadOrg } from './load-seed.ts'

/** One kind of request the load bench fires at an API instance, from many connections. */
export interface Scenario {
  name: string
  /** Concurrent connections; each is one phone (or one sign-in form). */
  connections: number
  /** Gives connection number `index` its own request: its user's token, cursor, device. */
  setupClient(client: Client, index: number): void
}

/** Where a caught-up device stands: its pull comes back empty. */
export interface CaughtUp {
  cursor: string
  clientId: string
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
const json = { 'content-type': 'application/json' }

/** The contacts a device creates in one push: a few rows, as a visit's worth of writes. */
function pushBody(org: LoadOrg, clientId: string, firstSeq: number, size: number) {
  const mutations = Array.from({ length: size }, (_, n) => ({
    seq: firstSeq + n,
    table: 'contacts',
    op: 'upsert',
    id: randomUUID(),
    fields: { org_id: org.orgId, account_id: org.accountId, name: `Contact ${firstSeq + n}` },
    capturedAt: new Date().toISOString(),
  }))
  return JSON.stringify({ clientId, schemaVersion: syncSchemaVersion, mutations })
}

/**
 * The scenarios of `npm run bench -- api`: the health check (the floor: one query, no token),
 * a pull with nothing new, /api/me, pushes of `pushSize` mutations from as many devices as
 * connections, and the password sign-in (scrypt at production cost, so few connections).
 */
export function loadScenarios(
  org: LoadOrg,
  caughtUp: CaughtUp[],
  options: { connections: number; pushSize: number },
): Scenario[] {
  const { connections, pushSize } = options
  const pick = <T>(items: T[], index: number): T => {
    const item = items[index % items.length]
    if (item === undefined) throw new Error('the load bench needs at least one of each')
    return item
  }
  const user = (index: number) => pick(org.users, index)
  return [
    {
      name: 'GET /api/health (floor)',
      connections,
      setupClient: (client) => client.setRequests([{ method: 'GET', path: '/api/health' }]),
    },
    {
      name: 'GET /api/sync/pull, nothing new',
      connections,
      setupClient(client, index) {
        const at = pick(caughtUp, index)
        const query = `cursor=${at.cursor}&limit=500&clientId=${at.clientId}`
        const path = `/api/sync/pull?${query}`
        client.setRequests([{ method: 'GET', path, headers: bearer(user(index).token) }])
      },
    },
    {
      name: 'GET /api/me',
      connections,
      setupClient: (client, index) =>
        client.setRequests([
          { method: 'GET', path: '/api/me', headers: bearer(user(index).token) },
        ]),
    },
    {
      name: `POST /api/sync/push, ${pushSize} new rows`,
      connections,
      setupClient(client, index) {
        const clientId = randomUUID()
        let seq = 1
        const body = () => pushBody(org, clientId, seq, pushSize)
        const headers = { ...json, ...bearer(user(index).token) }
        client.setRequests([{ method: 'POST', path: '/api/sync/push', headers, body: body() }])
        // One request at a time per connection, so the next body is set before it is sent.
        client.on('response', (status) => {
          if (status !== 200) return
          seq += pushSize
          client.setBody(body())
        })
      },
    },
    {
      name: 'POST /auth/v1/token (sign-in, scrypt N=2^17)',
      connections: 4,
      setupClient: (client) =>
        client.setRequests([
          {
            method: 'POST',
            path: '/auth/v1/token?grant_type=password',
            headers: json,
            body: JSON.stringify({ email: org.signInEmail, password: org.signInPassword }),
          },
        ]),
    },
  ]
}
