import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pullResponse } from '../../api/contract/sync-protocol.ts'
import { openOrgScenario, type OrgScenario } from '../support/org-scenario.ts'
import { signInDevice } from '../support/sync-device.ts'
import { databaseTargets } from '../support/test-databases.ts'

/** A fresh id PostgreSQL takes but RFC 9562 does not: version nibble 0, variant nibble 0. */
const versionZeroId = () => {
  const hex = randomUUID().split('')
  hex[14] = '0'
  hex[19] = '0'
  return hex.join('')
}

describe.each(databaseTargets())('ids that are uuids to Postgres only, on $name', (target) => {
  let s: OrgScenario

  beforeAll(async () => {
    s = await openOrgScenario(target, 'Odd Ids State', 'Department of Archives')
  })
  afterAll(() => s.db.close())

  it('pulls past a row inserted by SQL with such an id, and takes a push to it', async () => {
    const id = versionZeroId()
    await s.db.query(
      `insert into public.contacts (id, org_id, account_id, name) values ($1, $2, $3, 'By SQL')`,
      [id, s.home.orgId, s.accountId],
    )
    const device = await signInDevice(s.harness, s.home.users.manager)
    // One row a page, so a cursor ends on the odd id and comes back to the server.
    const snapshot = await device.pullAll(1)
    expect(snapshot.filter((change) => change.id === id)).toHaveLength(1)

    const [result] = (await device.push([{ ...s.newContact(id, 'Renamed'), baseVersion: 1 }]))
      .results
    expect(result).toMatchObject({ status: 'applied', version: 2 })
    expect(await s.row<{ name: string }>('contacts', id)).toMatchObject({ name: 'Renamed' })

    const page = await device.pullPage()
    expect(() => pullResponse.parse(page)).not.toThrow()
    const other = await signInDevice(s.harness, s.home.users.admin)
    const seen = await other.pullUntil((changes) => changes.some((c) => c.id === id))
    expect(seen.find((change) => change.id === id)?.row).toMatchObject({ name: 'Renamed' })
  })
})
