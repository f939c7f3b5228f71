import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../api/db/database.ts'
import { databaseTargets } from '../support/test-databases.ts'
import { createRestartableServer, type RestartableServer } from './restartable-server.ts'
import { runScenario, type EventKind, type ScenarioResult } from './run-scenario.ts'

// `npm run soak` raises these; `npm test` runs 200 seeded runs on PGlite and 20 on PostgreSQL.
const runs = Number(process.env.FAULT_RUNS ?? 200)
const firstSeed = Number(process.env.FAULT_SEED ?? 1)

describe.each(databaseTargets())('sync under injected faults on $name', (target) => {
  let db: Database
  let server: RestartableServer
  const totals: Partial<Record<EventKind, number>> = {}
  const runsWith: Partial<Record<EventKind, number>> = {}

  beforeAll(async () => {
    db = await target.open()
    server = await createRestartableServer(db)
  })
  afterAll(async () => {
    console.log(`fault coverage on ${target.name}: ${JSON.stringify({ totals, runsWith })}`)
    await db.close()
  })

  const count = target.name === 'pglite' ? runs : Math.max(1, Math.round(runs / 10))
  it(`loses nothing, applies nothing twice and converges in ${count} seeded runs`, async () => {
    let mutations = 0
    for (let seed = firstSeed; seed < firstSeed + count; seed++) {
      let result: ScenarioResult
      try {
        result = await runScenario(db, server, seed)
      } catch (error) {
        throw new Error(`seed ${seed} crashed (FAULT_SEED=${seed} FAULT_RUNS=1 to replay)`, {
          cause: error,
        })
      }
      mutations += result.mutations
      for (const [kind, n] of Object.entries(result.events) as [EventKind, number][]) {
        totals[kind] = (totals[kind] ?? 0) + n
        if (n) runsWith[kind] = (runsWith[kind] ?? 0) + 1
      }
      expect(result.problems, `seed ${seed} (FAULT_SEED=${seed} FAULT_RUNS=1)`).toEqual([])
    }
    expect(mutations).toBeGreaterThan(count)
    for (const kind of Object.keys(totals) as EventKind[]) expect(runsWith[kind]).toBeGreaterThan(0)
  }, 900_000)
})
