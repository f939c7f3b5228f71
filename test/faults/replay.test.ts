import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../api/db/database.ts'
import { databaseTargets } from '../support/test-databases.ts'
import { createRestartableServer, type RestartableServer } from './restartable-server.ts'
import { runScenario } from './run-scenario.ts'

// PGlite only: on a shared PostgreSQL a pull reads below the oldest transaction still open in the
// whole cluster, so another suite's transaction can hold back what a pull returns.
const [pglite] = databaseTargets()

describe('a fault run replays exactly from its seed', () => {
  let db: Database
  let server: RestartableServer

  beforeAll(async () => {
    db = (await pglite?.open()) as Database
    server = await createRestartableServer(db)
  })
  afterAll(() => db.close())

  it('gives the same trace of requests, answers and final state for one seed, another for the next', async () => {
    // In 40 steps seed 9 meets every fault and event kind, each page close among them.
    const first = await runScenario(db, server, 9, 40)
    const again = await runScenario(db, server, 9, 40)
    const other = await runScenario(db, server, 10)
    for (const run of [first, again, other]) expect(run.problems).toEqual([])
    for (const [kind, n] of Object.entries(first.events)) expect(n, kind).toBeGreaterThan(0)
    expect(again.trace).toEqual(first.trace)
    expect(again.events).toEqual(first.events)
    expect(other.trace).not.toEqual(first.trace)
  })
})
