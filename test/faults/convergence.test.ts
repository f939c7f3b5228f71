import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../api/db/database.ts'
import { databaseTargets } from '../support/test-databases.ts'
import { createRestartableServer, type RestartableServer } from './restartable-server.ts'
import { eventKinds, runScenario, type EventKind, type ScenarioResult } from './run-scenario.ts'

// `npm run soak` raises these; `npm test` runs 200 seeded runs on PGlite and 20 on PostgreSQL.
const runs = Number(process.env.FAULT_RUNS ?? 200)
const firstSeed = Number(process.env.FAULT_SEED ?? 1)
// Fewer runs replay a seed or a few: they need not meet every kind of fault.
const coverageFrom = 20

/**
 * The command that replays `seed` alone on `target`: on virtual time, exactly (on PostgreSQL,
 * unless another transaction of the cluster holds back what a pull may read).
 */
const replayCommand = (seed: number, target: string) =>
  `${target === 'postgres' ? 'DATABASE_URL=… ' : ''}FAULT_SEED=${seed} FAULT_RUNS=1 ` +
  `npx vitest run test/faults/convergence.test.ts -t ${target}`

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
        throw new Error(`seed ${seed} crashed; replay: ${replayCommand(seed, target.name)}`, {
          cause: error,
        })
      }
      mutations += result.mutations
      for (const [kind, n] of Object.entries(result.events) as [EventKind, number][]) {
        totals[kind] = (totals[kind] ?? 0) + n
        if (n) runsWith[kind] = (runsWith[kind] ?? 0) + 1
      }
      if (result.problems.length) {
        console.log(`seed ${seed} on ${target.name}, what happened:\n${result.trace.join('\n')}`)
      }
      expect(result.problems, `seed ${seed}; replay: ${replayCommand(seed, target.name)}`).toEqual(
        [],
      )
    }
    expect(mutations).toBeGreaterThan(count)
    if (count >= coverageFrom) {
      for (const kind of eventKinds) expect(runsWith[kind], kind).toBeGreaterThan(0)
    }
  }, 900_000)
})
