import { checkinTable, commitmentTable, decisionTable } from './export-activity.ts'
import type { CsvTable } from './csv.ts'
import type { ExportFilter } from './export-filter.ts'
import { exportScope, type ExportScope } from './export-scope.ts'
import type { ExportSource } from './export-source.ts'
import { riskTable, scorecardTable, valueTable } from './export-registers.ts'

export interface Dataset {
  /** The file's name says it: `liaison-<slug>-<day>.csv`. */
  slug: string
  title: string
  /** Which date of a row the range applies to, as a sentence. */
  dateRule: string
  table: (scope: ExportScope) => CsvTable
}

export const datasets = [
  {
    slug: 'checkins',
    title: 'Check-ins',
    dateRule: 'By the day it took place.',
    table: checkinTable,
  },
  {
    slug: 'commitments',
    title: 'Commitments',
    dateRule: 'By due date, else the day it was made.',
    table: commitmentTable,
  },
  {
    slug: 'value',
    title: 'Value items',
    dateRule: 'Made by the last day and changed since the first.',
    table: valueTable,
  },
  {
    slug: 'scorecards',
    title: 'Scorecards',
    dateRule: 'By quarter: each that overlaps the range.',
    table: scorecardTable,
  },
  {
    slug: 'risks',
    title: 'Risks',
    dateRule: 'Raised, or due for review, in the range.',
    table: riskTable,
  },
  {
    slug: 'decisions',
    title: 'Decisions',
    dateRule: 'By the day decided, else the day recorded.',
    table: decisionTable,
  },
] as const satisfies readonly Dataset[]

export type ExportDataset = (typeof datasets)[number]
export type DatasetSlug = ExportDataset['slug']

/**
 * Every dataset's table for one choice of filters, from the device's rows: what each download
 * button counts and writes.
 *
 * @example
 * const tables = exportTables(source, filter)
 * toCsv(tables.checkins)
 */
export function exportTables(
  source: ExportSource,
  filter: ExportFilter,
): Record<DatasetSlug, CsvTable> {
  const scope = exportScope(source, filter)
  const entries = datasets.map((dataset) => [dataset.slug, dataset.table(scope)] as const)
  return Object.fromEntries(entries) as Record<DatasetSlug, CsvTable>
}

/**
 * The name of a dataset's file, with the day it was exported.
 *
 * @example
 * exportFileName('checkins', '2026-12-02') // 'liaison-checkins-2026-12-02.csv'
 */
export function exportFileName(slug: DatasetSlug, day: string): string {
  return `liaison-${slug}-${day}.csv`
}
