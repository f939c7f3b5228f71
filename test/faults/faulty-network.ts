import type { Random } from '../../api/demo/random.ts'

export const faultKinds = [
  'drop_request',
  'drop_response',
  'duplicate',
  'replay_later',
  'delay',
] as const
export type FaultKind = (typeof faultKinds)[number]

/** Delivers one request to the server as it is now (it may be restarting). */
export type Deliver = (request: Request) => Promise<Response>

interface Snapshot {
  method: string
  url: string
  headers: Headers
  body: string | null
}

const toRequest = (s: Snapshot) =>
  new Request(s.url, { method: s.method, headers: s.headers, body: s.body })

const networkError = (what: string) => new TypeError(`Failed to fetch (${what})`)

/**
 * A network between the devices and the server that loses requests, loses responses after the
 * server has committed, delivers requests twice, replays old requests later (reordering them
 * after newer ones) and delays them — each by a seeded coin, so a failing run can be replayed.
 *
 * @example
 * const network = createFaultyNetwork({ random, rates: { drop_response: 0.2 }, deliver })
 * const engine = createSyncEngine({ fetch: network.fetch, ... })
 */
export function createFaultyNetwork(options: {
  random: Random
  rates: Partial<Record<FaultKind, number>>
  deliver: Deliver
  baseUrl?: string
}) {
  const { random, rates, deliver } = options
  const baseUrl = options.baseUrl ?? 'http://liaison.test'
  const counts = Object.fromEntries([...faultKinds, 'delivered'].map((k) => [k, 0])) as Record<
    FaultKind | 'delivered',
    number
  >
  const pending = new Set<Promise<unknown>>()
  let healthy = false

  const roll = (kind: FaultKind) => {
    if (healthy) return false
    const hit = random.next() < (rates[kind] ?? 0)
    if (hit) counts[kind] += 1
    return hit
  }
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
  const track = <T>(work: Promise<T>) => {
    pending.add(work)
    void work.finally(() => pending.delete(work)).catch(() => undefined)
    return work
  }

  async function send(snapshot: Snapshot) {
    counts.delivered += 1
    return deliver(toRequest(snapshot))
  }

  async function faultyFetch(input: string | URL | Request, init?: RequestInit) {
    const first = new Request(
      new URL(String(input instanceof Request ? input.url : input), baseUrl),
      init,
    )
    const snapshot: Snapshot = {
      method: first.method,
      url: first.url,
      headers: new Headers(first.headers),
      body: first.method === 'GET' ? null : await first.text(),
    }
    if (roll('delay')) await sleep(random.int(1, 25))
    if (roll('drop_request')) throw networkError('request lost')
    if (roll('replay_later')) {
      const delay = random.int(5, 60)
      track(
        sleep(delay)
          .then(() => send(snapshot))
          .catch(() => undefined),
      )
    }
    const response = await send(snapshot)
    if (roll('duplicate')) await track(send(snapshot).catch(() => undefined))
    if (roll('drop_response')) {
      await response.arrayBuffer().catch(() => undefined)
      throw networkError('response lost after the server answered')
    }
    return response
  }

  return {
    fetch: faultyFetch as typeof fetch,
    counts,
    /** Stops injecting faults (replays already scheduled still arrive). */
    heal() {
      healthy = true
    },
    /** Starts injecting faults again. */
    disturb() {
      healthy = false
    },
    /** Resolves when every scheduled replay and duplicate has been delivered. */
    async settle() {
      while (pending.size) await Promise.allSettled([...pending])
    },
  }
}
