import 'fake-indexeddb/auto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { demoPassword } from '../../api/contract/demo-sign-ins.ts'
import { createRandom } from '../../api/demo/random.ts'
import { openPglite } from '../../api/db/pglite-database.ts'
import { tableNames } from '../../api/contract/table-names.ts'
import { checkConvergence, checkExactlyOnce } from './check-convergence.ts'
import { startEmbedded, type EmbeddedProcess } from './embedded-process.ts'
import { randomLocalWrite } from './random-ops.ts'
import { SimDevice, type TokenIssuer } from './sim-device.ts'

// KILL_SEED replays a run's choices (the moments of the kills, each device's writes); the
// process timing around them is the machine's.
const seed = Number(process.env.KILL_SEED ?? Math.floor(Math.random() * 1e9))
const kills = Number(process.env.KILL_COUNT ?? 3)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const deviceOrigin = 'http://liaison.test'

/** The small demo org of the embedded server, so a first download takes little time. */
const person = 'manager@neighbour.test'

describe('kill -9 of the embedded server in the middle of pushes', () => {
  it(`loses no acknowledged change, applies none twice and converges (${kills} kills)`, async () => {
    console.log(`kill-embedded: seed ${seed} (KILL_SEED=${seed} to replay)`)
    const random = createRandom(seed)
    const dataDir = mkdtempSync(join(tmpdir(), 'liaison-kill-'))
    const started = performance.now()
    let server: EmbeddedProcess = await startEmbedded(dataDir)
    const firstStartMs = performance.now() - started
    let pushesInFlight = 0
    const toServer: typeof fetch = async (input, init) => {
      const url = String(input).replace(deviceOrigin, server.url)
      const pushing = url.includes('/api/sync/push')
      if (pushing) pushesInFlight += 1
      try {
        return await fetch(url, init)
      } finally {
        if (pushing) pushesInFlight -= 1
      }
    }
    const signIn = async () => {
      const answer = await toServer(`${deviceOrigin}/auth/v1/token?grant_type=password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: person, password: demoPassword }),
      })
      expect(answer.status).toBe(200)
      return (await answer.json()) as { access_token: string; user: { id: string } }
    }
    const tokens: TokenIssuer = { token: async () => (await signIn()).access_token }
    const userId = (await signIn()).user.id
    const devices = [0, 1, 2].map(
      (i) => new SimDevice(`kill-${seed}-${i}`, userId, tokens, toServer),
    )
    const killed: { afterMs: number; pushesInFlight: number; restartMs: number }[] = []
    try {
      for (const device of devices) {
        await device.open()
        expect(await device.engine.syncNow()).toMatchObject({ ok: true })
      }
      const first = devices[0] as SimDevice
      const seeded = new Set<string>()
      for (const table of tableNames) {
        for (const id of await first.db.synced(table).toCollection().primaryKeys()) seeded.add(id)
      }
      const orgId = (await first.db.orgs.toArray())[0]?.id ?? ''

      let streaming = true
      const streams = devices.map(async (device, i) => {
        const own = createRandom(seed + i + 1)
        while (streaming) {
          await randomLocalWrite(device, own)
          await device.record()
          await device.engine.syncNow()
          await sleep(own.int(0, 20))
        }
      })
      for (let kill = 0; kill < kills; kill += 1) {
        const afterMs = random.int(300, 1500)
        await sleep(afterMs)
        const inFlight = pushesInFlight
        await server.stop('SIGKILL')
        const restarting = performance.now()
        server = await startEmbedded(dataDir)
        killed.push({
          afterMs,
          pushesInFlight: inFlight,
          restartMs: performance.now() - restarting,
        })
      }
      streaming = false
      await Promise.all(streams)
      for (let round = 0; round < 2; round += 1) {
        for (const device of devices) {
          expect(await device.engine.syncNow(), device.name).toMatchObject({ ok: true })
        }
      }
      const mutations = devices.reduce((sum, d) => sum + d.mutations.length, 0)
      console.log(
        `kill-embedded: seed ${seed}, ${mutations} changes from 3 devices, first start ` +
          `${Math.round(firstStartMs)} ms, kills ${JSON.stringify(killed)}`,
      )
      expect(
        killed.some((k) => k.pushesInFlight > 0),
        'a kill caught a push in flight',
      ).toBe(true)

      await server.stop('SIGTERM')
      // The server keeps its database in DATA_DIR/pg (api/server.ts).
      const db = await openPglite(join(dataDir, 'pg'))
      try {
        expect(await checkConvergence(db, orgId, devices), `seed ${seed}`).toEqual([])
        expect(await checkExactlyOnce(db, devices, seeded), `seed ${seed}`).toEqual([])
      } finally {
        await db.close()
      }
    } finally {
      await server.stop('SIGKILL')
      for (const device of devices) await device.destroy().catch(() => undefined)
      rmSync(dataDir, { recursive: true, force: true })
    }
  }, 240_000)
})
