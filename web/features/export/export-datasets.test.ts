import { describe, expect, it } from 'vitest'
import type { CsvTable } from './csv.ts'
import { exportFileName, exportTables } from './export-datasets.ts'
import { everyone, source } from './testing/export-fixtures.ts'
import type { ExportFilter } from './export-filter.ts'

const ids = (table: CsvTable) => table.rows.map((row) => row.at(-1))
const column = (table: CsvTable, name: string) =>
  table.rows.map((row) => row[table.header.indexOf(name)])
const tables = (filter: Partial<ExportFilter> = {}) =>
  exportTables(source, { ...everyone, ...filter })

describe('exportTables: check-ins', () => {
  it('keeps the range, both ends included, newest first; drops tombstones and Kim’s private one', () => {
    // c3 is Kim's private check-in, c5 is deleted, c6 falls the day before the range.
    expect(ids(tables().checkins)).toEqual(['c2', 'c4', 'c1'])
    expect(ids(tables({ from: '2026-09-03' }).checkins)).toContain('c6')
  })

  it('shows a private check-in to its author only', () => {
    const asKim = tables({ userId: 'u-kim', myAccountIds: new Set() }).checkins
    expect(ids(asKim)).toEqual(['c2', 'c3', 'c1'])
  })

  it('narrows to mine (that I wrote) and to one relationship', () => {
    expect(ids(tables({ mineOnly: true }).checkins)).toEqual(['c4', 'c1'])
    expect(ids(tables({ accountId: 'a-dmv' }).checkins)).toEqual(['c2'])
  })

  it('writes names and labels, not ids and codes, with the id last', () => {
    const table = tables().checkins
    expect(table.header.at(-1)).toBe('ID')
    const c1 = Object.fromEntries(table.header.map((name, i) => [name, table.rows[2]?.[i]]))
    expect(c1).toMatchObject({
      'Occurred at': '2026-11-10T12:00:00Z',
      Relationship: 'Department of Revenue',
      Kind: 'Call',
      Author: 'Alex Rivera',
      'With colleagues': 'Kim Lee',
      'Trust pulse': 4,
      'Strategic invite': 'Yes',
      Private: 'No',
      ID: 'c1',
    })
  })
})

describe('exportTables: commitments', () => {
  it('dates by due day, else the day made; drops tombstones and those of Kim’s private check-in', () => {
    // i3 was made at c3 (Kim's private), i5 is deleted, i6 is due the day after the range.
    expect(ids(tables().commitments)).toEqual(['i2', 'i1', 'i4'])
  })

  it('keeps the ledger’s Mine: assigned to me, or unassigned on my relationships', () => {
    expect(ids(tables({ mineOnly: true }).commitments)).toEqual(['i1', 'i4'])
    expect(ids(tables({ mineOnly: true, to: '2026-12-03' }).commitments)).toEqual([
      'i6',
      'i1',
      'i4',
    ])
  })

  it('writes who owes it, its status and the day of its check-in', () => {
    const table = tables().commitments
    expect(column(table, 'Owed by')).toEqual(['Us', 'Us', 'Us'])
    expect(column(table, 'Assigned to')).toEqual(['Kim Lee', '', ''])
    expect(column(table, 'Status')).toEqual(['Open', 'Open', 'Open'])
    expect(column(table, 'Check-in date')).toEqual([null, '2026-11-10', null])
  })
})

describe('exportTables: decisions', () => {
  it('never shows one taken at someone else’s private check-in', () => {
    expect(ids(tables().decisions)).toEqual(['d3', 'd2'])
    expect(ids(tables({ userId: 'u-kim' }).decisions)).toEqual(['d1', 'd3', 'd2'])
  })

  it('takes the relationship of its check-in, and counts one taken at my check-in as mine', () => {
    expect(column(tables().decisions, 'Relationship')).toEqual([
      'Department of Revenue',
      'Department of Motor Vehicles',
    ])
    expect(ids(tables({ accountId: 'a-dor' }).decisions)).toEqual(['d3'])
    expect(ids(tables({ mineOnly: true }).decisions)).toEqual(['d3'])
  })
})

describe('exportTables: registers', () => {
  it('keeps value items open during the range, with their progress', () => {
    // v2 last changed before the range, v3 is deleted.
    const table = tables().value
    expect(ids(table)).toEqual(['v1'])
    expect(column(table, 'Progress %')).toEqual([50])
    expect(column(table, 'Stage')).toEqual(['In delivery'])
    expect(ids(tables({ accountId: 'v-quill' }).value)).toEqual(['v1'])
    expect(ids(tables({ accountId: 'a-dmv' }).value)).toEqual([])
  })

  it('keeps scorecards whose quarter overlaps the range, graded by the contract', () => {
    const table = tables().scorecards
    expect(ids(table)).toEqual(['s1']) // Q3 ends 2026-09-30, inside; Q2 ends before
    expect(column(table, 'Grade')).toEqual(['C'])
    expect(column(table, 'Weighted mean')).toEqual([3.67])
    expect(ids(tables({ mineOnly: true }).scorecards)).toEqual([]) // neither side is mine
  })

  it('keeps risks raised or due for review in the range; mine: owned by me or unowned on mine', () => {
    expect(ids(tables().risks)).toEqual(['r3', 'r2', 'r1'])
    expect(ids(tables({ mineOnly: true }).risks)).toEqual(['r2', 'r1'])
    const table = tables().risks
    expect(column(table, 'Severity')).toEqual([4, 15, 15])
    expect(column(table, 'Level')).toEqual(['Low', 'High', 'High'])
    expect(column(table, 'Owner')).toEqual(['Kim Lee', '', 'Alex Rivera'])
  })
})

describe('exportTables: an empty range', () => {
  it('has every header and no rows when from is after to', () => {
    const empty = tables({ from: '2026-12-03', to: '2026-12-02' })
    for (const table of Object.values(empty)) {
      expect(table.header.length).toBeGreaterThan(0)
      expect(table.rows).toEqual([])
    }
  })
})

describe('exportFileName', () => {
  it('says the dataset and the day', () => {
    expect(exportFileName('checkins', '2026-12-02')).toBe('liaison-checkins-2026-12-02.csv')
  })
})
