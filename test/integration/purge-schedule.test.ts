import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../api/db/database.ts'
import type { Logger } from '../../api/logger.ts'
import { schedulePurge } from '../../api/sync/purge-schedule.ts'
import { createAccount, createOrg } from '../support/fixtures.ts'
import { databaseTargets } from '../support/test-databases.ts'

// PGlite only: a purge with no retention empties the whole change log, which would pull the
// rug from under the other test files sharing a PostgreSQL database.
const pglite = databaseTargets().find((target) => target.name === 'pglite')

describe('the scheduled purge of sync history', () => {
  let db: Database
  beforeAll(async () => {
    if (!pglite) throw new Error('no PGlite target')
    db = await pglite.open()
  })
  afterAll(() => db.close())

  it('runs after start and then again on its interval, moving the horizon forward', async () => {
    const { orgId } = await createOrg(db, 'Purged', ['admin'])
    await createAccount(db, orgId)
    const logged: string[] = []
    const log: Logger = {
      debug: () => undefined,
      info: (msg) => logged.push(msg),
      warn: (msg) => logged.push(msg),
      error: (msg) => logged.push(msg),
    }
    const [before] = await db.query<{ xid: string }>('select xid::text from public.sync_horizon')
    const stop = schedulePurge(db, log, { firstAfterMs: 0, everyMs: 20, olderThan: '0 seconds' })
    await expect.poll(() => logged.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2)
    stop()
    expect(new Set(logged)).toEqual(new Set(['purged sync history']))
    const left = await db.query('select 1 from public.change_log where org_id = $1', [orgId])
    expect(left).toEqual([])
    const [after] = await db.query<{ xid: string }>('select xid::text from public.sync_horizon')
    expect(BigInt(after?.xid ?? '0')).toBeGreaterThan(BigInt(before?.xid ?? '0'))
  })

  it('logs a failure and carries on', async () => {
    const errors: string[] = []
    const log: Logger = {
      debug: () => undefined,
      info: () => undefined,
      warn: () => undefined,
      error: (msg) => errors.push(msg),
    }
    const stop = schedulePurge(db, log, { firstAfterMs: 0, everyMs: 20, olderThan: '-1 day' })
    await expect.poll(() => errors.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2)
    stop()
    expect(errors[0]).toBe('purging sync history failed')
  })
})
