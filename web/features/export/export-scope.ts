import { mayRead, mayReadCommitment } from '../../../api/contract/privacy.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { memberName } from '../../local/member-names.ts'
import type { ExportFilter } from './export-filter.ts'
import type { ExportSource } from './export-source.ts'

/** What every dataset's rows are built with: the filter, names, and the check-ins one may see. */
export interface ExportScope {
  filter: ExportFilter
  /** The device's rows, tombstones included: each dataset leaves them out itself. */
  rows: ExportSource
  /** A relationship's, vendor's or forum's name; empty for none or one not on the device. */
  nameOf: (id: string | null) => string
  /** A colleague's name; empty for nobody. */
  personOf: (userId: string | null) => string
  /** The live check-ins the person may see, by id. */
  checkins: Map<string, LocalRow<'checkins'>>
  /** Whether a row hangs off a check-in the person may not see (someone else's private one). */
  hiddenCheckin: (checkinId: string | null) => boolean
  /** Whether a row is of the chosen relationship (any relationship when none is chosen). */
  ofAccount: (...accountIds: (string | null)[]) => boolean
  /** Whether any of these relationships is assigned to the person. */
  onMine: (...accountIds: (string | null)[]) => boolean
}

/**
 * The scope of one export: built once, shared by every dataset.
 */
export function exportScope(source: ExportSource, filter: ExportFilter): ExportScope {
  const names = new Map<string, string>(
    [...source.accounts, ...source.forums].map((row) => [row.id, row.name]),
  )
  const everyCheckin = new Map(source.checkins.map((c) => [c.id, c] as const))
  const checkins = new Map(
    source.checkins
      .filter((c) => !c.deleted_at && mayRead(c, filter.userId))
      .map((c) => [c.id, c] as const),
  )
  return {
    filter,
    rows: source,
    nameOf: (id) => (id ? (names.get(id) ?? '') : ''),
    personOf: (userId) => (userId ? (source.names.get(userId) ?? memberName(undefined)) : ''),
    checkins,
    hiddenCheckin: (checkinId) =>
      !mayReadCommitment({ checkin_id: checkinId }, everyCheckin, filter.userId),
    ofAccount: (...ids) => filter.accountId === null || ids.includes(filter.accountId),
    onMine: (...ids) => ids.some((id) => id !== null && filter.myAccountIds.has(id)),
  }
}

/**
 * Newest first by a sort key (a day or a timestamp), then by id so the order is stable.
 *
 * @example
 * rows.sort(newestFirst((row) => row.occurred_at))
 */
export function newestFirst<T extends { id: string }>(key: (row: T) => string) {
  return (a: T, b: T) => key(b).localeCompare(key(a)) || a.id.localeCompare(b.id)
}
