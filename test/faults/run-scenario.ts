import { createRandom } from '../../api/demo/random.ts'
import type { Database } from '../../api/db/database.ts'
import { checkConvergence, checkExactlyOnce } from './check-convergence.ts'
import { createFaultyNetwork, faultKinds, type FaultKind } from './faulty-network.ts'
import { randomLocalWrite } from './random-ops.ts'
import type { RestartableServer } from './restartable-server.ts'
import { finalState, seedOrg } from './scenario-org.ts'
import { closeMoments, SimDevice, type CloseMoment } from './sim-device.ts'
import { VirtualClock } from './virtual-clock.ts'

export const faultRates: Record<FaultKind, number> = {
  drop_request: 0.1,
  drop_response: 0.15,
  duplicate: 0.1,
  replay_later: 0.1,
  delay: 0.3,
}
const reloadKinds = closeMoments.map((moment) => `reload_${moment}` as const)
/** A reload mid-push, counted again by the moment the page closed (`reload_after_commit`…). */
type ReloadKind = `reload_${CloseMoment}`
export type EventKind =
  FaultKind | 'server_restart' | 'reload_mid_push' | ReloadKind | 'expired_session'
export const eventKinds: readonly EventKind[] = [
  ...faultKinds,
  'server_restart',
  'reload_mid_push',
  ...reloadKinds,
  'expired_session',
]

export interface ScenarioResult {
  seed: number
  problems: string[]
  events: Record<EventKind, number>
  mutations: number
  /** What happened, in order, without ids or times: equal for two runs of one seed. */
  trace: string[]
}

/**
 * One seeded run: three devices of two people make random changes and sync through a network
 * that loses, duplicates, replays and delays requests, while pages reload mid-push, sessions
 * expire and the server restarts; then the network heals and every guarantee is checked. All
 * of it on a virtual clock, one thing at a time, so the seed decides every interleaving: when
 * a replay arrives, at which request and moment a page closes (before it sends, after the
 * server committed but before the page saw the answer, or while it applies the answer).
 */
export async function runScenario(
  db: Database,
  server: RestartableServer,
  seed: number,
  steps = 14,
): Promise<ScenarioResult> {
  const random = createRandom(seed)
  const clock = new VirtualClock()
  const network = createFaultyNetwork({ random, clock, rates: faultRates, deliver: server.deliver })
  const trace = network.trace
  const events = Object.fromEntries(eventKinds.map((k) => [k, 0])) as Record<EventKind, number>
  const { orgId, users, seeded } = await seedOrg(db)
  const [manager, lead] = [users.manager?.id ?? '', users.lead?.id ?? '']
  const labels = new Map<SimDevice, string>()
  const devices = (
    [
      ['a1', manager],
      ['a2', manager],
      ['b1', lead],
    ] as const
  ).map(([name, user]) => {
    const fetch = network.fetchFor(name)
    const device = new SimDevice(`fault-${seed}-${name}`, user, server, fetch, clock)
    labels.set(device, name)
    return device
  })
  const label = (device: SimDevice) => labels.get(device) ?? device.name
  const note = (what: string) => trace.push(`${clock.now} ${what}`)
  try {
    // The first download happens on a good connection, as at sign-in.
    network.heal()
    for (const device of devices) {
      await device.open()
      await device.engine.syncNow()
    }
    network.disturb()

    for (let step = 0; step < steps; step++) {
      // Time passes between a person's actions: replays due by then arrive first.
      await clock.advance(random.int(0, 30))
      const device = random.pick(devices)
      const roll = random.next()
      if (roll < 0.5) {
        note(`${label(device)} writes: ${await randomLocalWrite(device, random)}`)
        await device.record()
      } else if (roll < 0.8) {
        note(`${label(device)} syncs`)
        await device.engine.syncNow()
      } else if (roll < 0.88) {
        const plan = {
          request: random.pick([1, 1, 2, 2, 3]),
          moment: random.pick(closeMoments),
          turns: random.int(0, 12),
        }
        note(`${label(device)} syncs, page closes at ${JSON.stringify(plan)}`)
        const closedMidSync = await device.syncClosingPage(plan)
        events.reload_mid_push += 1
        if (closedMidSync) events[`reload_${plan.moment}`] += 1
        else note(`${label(device)} page closed after the sync`)
      } else if (roll < 0.94) {
        note('server restarts')
        server.restart()
        events.server_restart += 1
      } else {
        note(`${label(device)} session expires`)
        await device.expireSession()
        events.expired_session += 1
      }
    }

    note('network heals')
    network.heal()
    await network.settle()
    for (let round = 0; round < 3; round++) {
      for (const device of devices) await device.engine.syncNow()
    }
    await network.settle()
    for (const kind of faultKinds) events[kind] = network.counts[kind]
    const problems = [
      ...(await checkConvergence(db, orgId, devices)),
      ...(await checkExactlyOnce(db, devices, seeded)),
    ]
    trace.push(...(await finalState(db, orgId, devices, label)))
    return {
      seed,
      problems,
      events,
      mutations: devices.reduce((sum, d) => sum + d.mutations.length, 0),
      trace,
    }
  } finally {
    for (const device of devices) await device.destroy()
  }
}
