import { loadSigningKeys } from '../../api/auth/signing-keys.ts'
import type { Database } from '../../api/db/database.ts'
import { createRandom } from '../../api/demo/random.ts'
import { buildApp, createRestartableServer, type RestartableServer } from './restartable-server.ts'

/**
 * Two API instances over one database, each with its own pool and its own memory (verified
 * tokens, rate limits), as two processes behind a balancer: every request goes to either, by a
 * seeded coin, so a device's push may land on one and its next pull on the other. A restart
 * restarts one of them. Speaks RestartableServer, so runScenario drives it unchanged.
 *
 * @example
 * const pair = await createInstancePair(await target.open(), await target.open(), 7)
 * await runScenario(dbA, pair, seed)
 */
export async function createInstancePair(
  first: Database,
  second: Database,
  seed: number,
): Promise<RestartableServer & { served: [number, number] }> {
  const keys = await loadSigningKeys(first)
  const random = createRandom(seed)
  const dbs = [first, second]
  const apps = [buildApp(first, keys), buildApp(second, keys)]
  const generations = [0, 0]
  const served: [number, number] = [0, 0]
  const issuer = await createRestartableServer(first)
  return {
    served,
    async deliver(request) {
      const n = random.next() < 0.5 ? 0 : 1
      served[n] += 1
      const startedIn = generations[n]
      const response = await apps[n]?.fetch(request)
      if (!response) throw new TypeError('Failed to fetch (no such instance)')
      if (startedIn !== generations[n]) throw new TypeError('Failed to fetch (server restarted)')
      return response
    },
    restart() {
      const n = random.next() < 0.5 ? 0 : 1
      generations[n] = (generations[n] ?? 0) + 1
      apps[n] = buildApp(dbs[n] ?? first, keys)
    },
    token: (userId, now) => issuer.token(userId, now),
  }
}
