import type { ValueStage } from '../../../api/contract/value-register.ts'
import type { LocalRow } from '../../local/local-db.ts'

type Update = Pick<
  LocalRow<'value_updates'>,
  'id' | 'author_id' | 'stage' | 'realised_value' | 'note' | 'created_at'
>

/** One line of an item's history: what that change did. */
export interface HistoryLine {
  id: string
  at: string
  authorId: string
  /** The item was recorded with this line (at `movedTo`, with `realised` if it had one). */
  started: boolean
  /** The stage it moved to (or started at), when it did. */
  movedTo: ValueStage | null
  /** The realised value it recorded, when it did. */
  realised: number | null
  note: string | null
}

// The first line is the item's creation when they were written together, on one device.
const sameMomentMs = 60_000

/**
 * An item's history, newest first (by the server's time, then by id for one instant). Each row
 * says what its change did, so lines never depend on each other. An item recorded before
 * history was kept has no line for its creation: `startedWith` is then false.
 *
 * @example
 * historyLines(updates, item.created_at)[0] // { movedTo: 'approved', note: 'Steering group said yes', … }
 */
export function historyLines(
  updates: readonly Update[],
  itemCreatedAt: string,
): { lines: HistoryLine[]; startedWith: boolean } {
  const time = (at: string) => Date.parse(at)
  const ordered = [...updates].sort(
    (a, b) => time(a.created_at) - time(b.created_at) || a.id.localeCompare(b.id),
  )
  const first = ordered[0]
  const startedWith =
    first !== undefined && Math.abs(time(first.created_at) - time(itemCreatedAt)) < sameMomentMs
  const lines = ordered.map((update, index): HistoryLine => ({
    id: update.id,
    at: update.created_at,
    authorId: update.author_id,
    started: startedWith && index === 0,
    movedTo: update.stage,
    realised: update.realised_value,
    note: update.note,
  }))
  return { lines: lines.reverse(), startedWith }
}
