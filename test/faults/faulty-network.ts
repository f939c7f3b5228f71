import type { Random } from '../../api/demo/random.ts'
import { describeAnswer, describeRequest } from './request-trace.ts'
import type { VirtualClock } from './virtual-clock.ts'

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
 * server has committed, delivers requests twice, replays old requests later (after newer ones)
 * and delays them — each by a seeded coin, on a virtual clock: a replay arrives when the clock
 * passes its time (a delay moves the clock, so replays due by then arrive first), one delivery
 * at a time, so a seed replays the same requests in the same order. `trace` lists what the
 * server saw and answered, without ids or times, so two runs of one seed can be compared.
 *
 * @example
 * const network = createFaultyNetwork({ random, clock, rates: { drop_response: 0.2 }, deliver })
 * const device = new SimDevice('a1', userId, server, network.fetchFor('a1'), clock)
 */
export function createFaultyNetwork(options: {
  random: Random
  clock: VirtualClock
  rates: Partial<Record<FaultKind, number>>
  deliver: Deliver
  baseUrl?: string
}) {
  const { random, clock, rates, deliver } = options
  const baseUrl = options.baseUrl ?? 'http://liaison.test'
  const counts = Object.fromEntries([...faultKinds, 'delivered'].map((k) => [k, 0])) as Record<
    FaultKind | 'delivered',
    number
  >
  const trace: string[] = []
  let healthy = false

  const roll = (kind: FaultKind) => {
    if (healthy) return false
    const hit = random.next() < (rates[kind] ?? 0)
    if (hit) counts[kind] += 1
    return hit
  }

  /** One delivery, answered in full before anything else happens (the server is done with it). */
  async function send(from: string, how: string, snapshot: Snapshot) {
    counts.delivered += 1
    const line = `${clock.now} ${from} ${how} ${describeRequest(snapshot)}`
    try {
      const response = await deliver(toRequest(snapshot))
      const body = await response.text()
      trace.push(`${line} → ${describeAnswer(response.status, body)}`)
      return new Response(body, { status: response.status, headers: response.headers })
    } catch (error) {
      trace.push(`${line} → lost (${error instanceof Error ? error.message : 'unknown'})`)
      throw error
    }
  }

  /** The network as one device sees it: `from` names the device in the trace. */
  function fetchFor(from: string): typeof fetch {
    return async (input, init) => {
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
      // Every trip takes a virtual millisecond, a delayed one up to 25 more.
      await clock.advance(roll('delay') ? random.int(1, 25) + 1 : 1)
      if (roll('drop_request')) {
        trace.push(`${clock.now} ${from} dropped ${describeRequest(snapshot)}`)
        throw networkError('request lost')
      }
      if (roll('replay_later')) {
        clock.later(random.int(5, 60), () => send(from, 'replay', snapshot).catch(() => undefined))
      }
      const response = await send(from, 'sends', snapshot)
      if (roll('duplicate')) await send(from, 'duplicate', snapshot).catch(() => undefined)
      if (roll('drop_response')) {
        trace.push(`${clock.now} ${from} loses the answer`)
        throw networkError('response lost after the server answered')
      }
      return response
    }
  }

  return {
    fetchFor,
    counts,
    trace,
    /** Stops injecting faults (replays already scheduled still arrive). */
    heal() {
      healthy = true
    },
    /** Starts injecting faults again. */
    disturb() {
      healthy = false
    },
    /** Delivers every replay still scheduled, in the order of its time. */
    settle: () => clock.runAll(),
  }
}
