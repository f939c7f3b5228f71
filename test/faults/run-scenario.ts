import { randomUUID } from 'node:crypto'
import { createRandom } from '../../api/demo/random.ts'
import type { Database } from '../../api/db/database.ts'
import { createAccount, createOrg } from '../support/fixtures.ts'
import { checkConvergence, checkExactlyOnce } from './check-convergence.ts'
import { createFaultyNetwork, faultKinds, type FaultKind } from './faulty-network.ts'
import { randomLocalWrite } from './random-ops.ts'
import type { RestartableServer } from './restartable-server.ts'
import { SimDevice } from './sim-device.ts'

export const faultRates: Record<FaultKind, number> = {
  drop_request: 0.1,
  drop_response: 0.15,
  duplicate: 0.1,
  replay_later: 0.1,
  delay: 0.3,
}
export type EventKind = FaultKind | 'server_restart' | 'reload_mid_push' | 'expired_session'

export interface ScenarioResult {
  seed: number
  problems: string[]
  events: Record<EventKind, number>
  mutations: number
}

async function seedOrg(db: Database) {
  const { orgId, users } = await createOrg(db, 'Fault State', ['manager', 'lead'])
  const seeded = new Set<string>()
  for (const name of ['Department of Revenue', 'State Police']) {
    const accountId = await createAccount(db, orgId, name)
    seeded.add(accountId)
    for (const contact of ['Ana Ortiz', 'Ben Okafor']) {
      const id = randomUUID()
      await db.query(
        'insert into public.contacts (id, org_id, account_id, name) values ($1, $2, $3, $4)',
        [id, orgId, accountId, contact],
      )
      seeded.add(id)
    }
  }
  return { orgId, users, seeded }
}

/**
 * One seeded run: three devices of two people make random changes and sync through a network
 * that loses, duplicates, replays and delays requests, while pages reload mid-push, sessions
 * expire and the server restarts; then the network heals and every guarantee is checked.
 */
export async function runScenario(
  db: Database,
  server: RestartableServer,
  seed: number,
  steps = 14,
): Promise<ScenarioResult> {
  const random = createRandom(seed)
  const network = createFaultyNetwork({ random, rates: faultRates, deliver: server.deliver })
  const events = Object.fromEntries(
    [...faultKinds, 'server_restart', 'reload_mid_push', 'expired_session'].map((k) => [k, 0]),
  ) as Record<EventKind, number>
  const { orgId, users, seeded } = await seedOrg(db)
  const [manager, lead] = [users.manager?.id ?? '', users.lead?.id ?? '']
  const devices = [
    new SimDevice(`fault-${seed}-a1`, manager, server, network.fetch),
    new SimDevice(`fault-${seed}-a2`, manager, server, network.fetch),
    new SimDevice(`fault-${seed}-b1`, lead, server, network.fetch),
  ]
  try {
    // The first download happens on a good connection, as at sign-in.
    network.heal()
    for (const device of devices) {
      await device.open()
      await device.engine.syncNow()
    }
    network.disturb()

    for (let step = 0; step < steps; step++) {
      const device = random.pick(devices)
      const roll = random.next()
      if (roll < 0.5) {
        await randomLocalWrite(device, random)
        await device.record()
      } else if (roll < 0.8) {
        await device.engine.syncNow()
      } else if (roll < 0.88) {
        const inFlight = device.engine.syncNow().catch(() => undefined)
        await new Promise((resolve) => setTimeout(resolve, random.int(0, 8)))
        await device.reload()
        await inFlight
        events.reload_mid_push += 1
      } else if (roll < 0.94) {
        server.restart()
        events.server_restart += 1
      } else {
        await device.expireSession()
        events.expired_session += 1
      }
    }

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
    return {
      seed,
      problems,
      events,
      mutations: devices.reduce((sum, d) => sum + d.mutations.length, 0),
    }
  } finally {
    for (const device of devices) await device.destroy()
  }
}
