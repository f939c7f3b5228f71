import type { ValueStage } from '../../../api/contract/value-register.ts'
import type { LocalRow } from '../../local/local-db.ts'

type Update = Pick<
  LocalRow<'value_updates'>,
  'id' | 'author_id' | 'stage' | 'realised_value' | 'note' | 'created_at'
>

/** One line of an item's history: what that update changed from the one before. */
export interface HistoryLine {
  id: string
  at: string
  authorId: string
  /** The item's stage after this update. */
  stage: ValueStage
  /** The first line records the stage the item started at. */
  started: boolean
  /** The stage it moved to, when it moved. */
  movedTo: ValueStage | null
  /** The realised value it recorded, when that changed (null: cleared). */
  realised: { value: number | null } | null
  note: string | null
}

/**
 * An item's history, newest first, each update compared with the one before it (in the order
 * of the server's times, and of ids for updates of the same instant).
 *
 * @example
 * historyLines(updates)[0] // { movedTo: 'approved', realised: null, note: 'Steering group said yes', … }
 */
export function historyLines(updates: readonly Update[]): HistoryLine[] {
  const ordered = [...updates].sort(
    (a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id),
  )
  const lines = ordered.map((update, index): HistoryLine => {
    const before = ordered[index - 1]
    return {
      id: update.id,
      at: update.created_at,
      authorId: update.author_id,
      stage: update.stage,
      started: !before,
      movedTo: before && before.stage !== update.stage ? update.stage : null,
      realised:
        update.realised_value !== (before?.realised_value ?? null)
          ? { value: update.realised_value }
          : null,
      note: update.note,
    }
  })
  return lines.reverse()
}
