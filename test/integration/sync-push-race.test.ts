import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PushResponse } from '../../api/contract/sync-protocol.ts'
import { openOrgScenario, type OrgScenario } from '../support/org-scenario.ts'
import { signInDevice } from '../support/sync-device.ts'
import { databaseTargets } from '../support/test-databases.ts'

/**
 * A batch delivered again while its first delivery is still inside the server (a duplicate or
 * a late replay on a bad network): the fault suite delivers one request at a time, so the race
 * of one device's pushes is proven here.
 */
describe.each(databaseTargets())(
  'one device pushing the same batch three times at once on $name',
  (target) => {
    let s: OrgScenario

    beforeAll(async () => {
      s = await openOrgScenario(target, 'Race State', 'Department of Races')
    })
    afterAll(() => s.db.close())

    it('applies every change once, and every answer is one the device can settle by', async () => {
      const device = await signInDevice(s.harness, s.home.users.manager)
      const ids = [randomUUID(), randomUUID(), randomUUID()]
      const [first = ''] = ids
      const mutations = [
        ...ids.map((id, i) => ({ ...s.newContact(id, `Racer ${i}`), seq: i + 1 })),
        { table: 'contacts', op: 'upsert', id: first, fields: { title: 'CIO' }, seq: 4 },
      ]
      const body = { clientId: device.clientId, schemaVersion: 1, mutations }
      const responses = await Promise.all([1, 2, 3].map(() => device.postPush(body)))
      expect(responses.map((res) => res.status)).toEqual([200, 200, 200])
      const answers = (await Promise.all(responses.map((res) => res.json()))) as PushResponse[]

      for (const answer of answers) expect(answer.lastSeq).toBe(4)
      for (const seq of [1, 2, 3, 4]) {
        const statuses = answers.map((a) => a.results.find((r) => r.seq === seq)?.status)
        expect(
          statuses.filter((status) => status === 'applied'),
          `seq ${seq}`,
        ).toHaveLength(1)
        expect(
          statuses.filter((status) => status === 'duplicate'),
          `seq ${seq}`,
        ).toHaveLength(2)
      }
      const rows = await s.db.query<{ id: string; title: string | null; version: number }>(
        'select id, title, version from public.contacts where id = any($1::uuid[]) order by name',
        [ids],
      )
      expect(rows.map((row) => [row.id, row.title, row.version])).toEqual([
        [first, 'CIO', 2],
        [ids[1], null, 1],
        [ids[2], null, 1],
      ])
    })
  },
)
