import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { LocalDb, LocalRow } from '../../local/local-db.ts'
import { dropDb, openTestDb } from '../../local/testing/device-fixtures.ts'
import { toCsv } from './csv.ts'
import { exportTables } from './export-datasets.ts'
import { checkin, everyone, kim, me } from './testing/export-fixtures.ts'
import { readExportSource } from './export-source.ts'

let db: LocalDb
beforeEach(async () => {
  db = await openTestDb(me)
})
afterEach(() => dropDb(db))

const live = { org_id: 'o-1', version: 1, created_at: '2026-01-05T12:00:00Z' }
const row = { ...live, updated_at: live.created_at, deleted_at: null }
const assignment = (id: string, user_id: string, account_id: string, deleted = false) =>
  ({
    ...row,
    id,
    user_id,
    account_id,
    role: 'primary',
    deleted_at: deleted ? '2026-02-01T12:00:00Z' : null,
  }) satisfies LocalRow<'assignments'>

describe('readExportSource', () => {
  it('reads the device’s rows, names and my live assignments, and exports them', async () => {
    await db.members.bulkPut([
      { ...row, id: 'm1', user_id: me, role: 'manager', display_name: 'Alex Rivera', email: null },
      { ...row, id: 'm2', user_id: kim, role: 'manager', display_name: null, email: 'kim@x.test' },
    ])
    await db.assignments.bulkPut([
      assignment('s1', me, 'a-dor'),
      assignment('s2', me, 'a-dmv', true), // ended
      assignment('s3', kim, 'a-dot'),
    ])
    await db.checkins.bulkPut([
      checkin('c1', 'a-dor', kim, '2026-11-10', { summary: '-5 and falling, they said' }),
      checkin('c2', 'a-dor', kim, '2026-11-11', { visibility: 'private' }),
    ])
    const source = await readExportSource(db, me)
    expect([...source.myAccountIds]).toEqual(['a-dor'])
    const csv = toCsv(exportTables(source, everyone).checkins)
    // Kim's private c2 is left out; her name falls back to her email; the summary is defused.
    const lines = csv.split('\r\n')
    expect(lines).toHaveLength(3) // header, c1, and the empty string after the last CRLF
    expect(lines[1]).toContain(`,kim@x.test,,"'-5 and falling, they said",`)
    expect(lines[1]?.endsWith(',c1')).toBe(true)
  })
})
