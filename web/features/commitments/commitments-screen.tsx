import { useMemo, useState } from 'react'
import { useNow } from '../../app/use-now.ts'
import {
  completeCommitment,
  dropCommitment,
  reopenCommitment,
  updateCommitment,
} from '../../local/action-items.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { useFocusLater } from '../../ui/forms/use-focus-later.ts'
import { dueText } from '../relationship/due-text.ts'
import { useQueryParam } from '../../app/use-query-param.ts'
import { Screen } from '../../ui/screen.tsx'
import { useCanWrite, useSignedIn } from '../../app/shell/signed-in.tsx'
import { StatusMessage } from '../../ui/status-message.tsx'
import {
  commitmentFilters,
  countByFilter,
  filterCommitments,
  filterContext,
  filterLabels,
  type CommitmentFilter,
} from './commitment-filter.ts'
import { CommitmentLine } from './commitment-line.tsx'
import { LedgerEmpty } from './ledger-empty.tsx'
import { FilterChips } from './filter-chips.tsx'
import { useCommitmentLedger, type LedgerEntry } from './use-commitment-ledger.ts'
import { UndoBar } from '../../ui/forms/undo-bar.tsx'
import { saveCommitmentReminder } from '../reminders/save-reminder.ts'

type Undoable = { entry: LedgerEntry; done: 'done' | 'dropped' }

const isFilter = (value: string): value is CommitmentFilter =>
  (commitmentFilters as string[]).includes(value)

/**
 * The commitment ledger on this device: mine, all, due this week, overdue and theirs, overdue
 * first. Done in one tap with an undo; dropped, re-dated or added to the calendar from "More".
 * All offline.
 */
export function CommitmentsScreen() {
  const db = useLocalDb()
  const { userId } = useSignedIn()
  const canWrite = useCanWrite()
  const now = useNow(60_000)
  const focusLater = useFocusLater()
  const ledger = useCommitmentLedger(userId)
  const [shown, setShown] = useQueryParam('show')
  // People without relationships of their own (leads, viewers) start on everyone's.
  const fallback = ledger?.myAccountIds.size === 0 ? 'all' : 'mine'
  const filter: CommitmentFilter = isFilter(shown) ? shown : fallback
  const [undoable, setUndoable] = useState<Undoable | null>(null)
  const [message, setMessage] = useState<{ text: string; n: number } | null>(null)
  const announce = (text: string) => setMessage((m) => ({ text, n: (m?.n ?? 0) + 1 }))

  const context = useMemo(
    () => filterContext(userId, ledger?.myAccountIds ?? new Set(), now),
    [userId, ledger, now],
  )
  const items = useMemo(() => ledger?.entries.map((e) => ({ ...e.item, entry: e })) ?? [], [ledger])
  const counts = useMemo(
    () => (ledger ? countByFilter(items, context) : null),
    [ledger, items, context],
  )
  const visible = useMemo(() => filterCommitments(items, filter, context), [items, filter, context])

  async function finish(entry: LedgerEntry, done: Undoable['done']) {
    const { id, title } = entry.item
    await (done === 'done' ? completeCommitment(db, id) : dropCommitment(db, id))
    setUndoable({ entry, done })
    announce(`${done === 'done' ? 'Done' : 'Dropped'}: ${title} — will sync`)
    // The line is gone from the list; its undo is the nearest place for the focus.
    focusLater('ledger-undo')
  }

  async function undo({ entry }: Undoable) {
    await reopenCommitment(db, entry.item.id)
    setUndoable(null)
    announce(`Reopened: ${entry.item.title}`)
  }

  async function redate(entry: LedgerEntry, dueOn: string) {
    await updateCommitment(db, entry.item.id, { due_on: dueOn })
    announce(`${entry.item.title}: ${dueText(dueOn, now).text.toLowerCase()} — will sync`)
  }

  async function addToCalendar({ item, account }: LedgerEntry) {
    if (!item.due_on) return
    try {
      const fileName = await saveCommitmentReminder({
        item: { ...item, due_on: item.due_on },
        account,
      })
      announce(`Calendar file ready: ${fileName} — open it to add the reminder`)
    } catch {
      announce('The calendar file could not be made. Try again once the app has reloaded.')
    }
  }

  return (
    <Screen title="Commitments">
      <FilterChips value={filter} counts={counts} onChange={setShown} />
      <StatusMessage message={message?.text ?? null} nonce={message?.n ?? 0} />
      {undoable && (
        <UndoBar buttonId="ledger-undo" onUndo={() => void undo(undoable)}>
          {undoable.done === 'done' ? 'Marked done' : 'Dropped'}: {undoable.entry.item.title}
        </UndoBar>
      )}
      {!ledger ? (
        <p className="loading-note">Loading…</p>
      ) : visible.length === 0 ? (
        <LedgerEmpty filter={filter} />
      ) : (
        <ul className="ledger" aria-label={filterLabels[filter]}>
          {visible.map(({ entry }) => (
            <CommitmentLine
              key={entry.item.id}
              entry={entry}
              now={now}
              canWrite={canWrite}
              onDone={() => void finish(entry, 'done')}
              onDrop={() => finish(entry, 'dropped')}
              onRedate={(dueOn) => redate(entry, dueOn)}
              onAddToCalendar={() => void addToCalendar(entry)}
            />
          ))}
        </ul>
      )}
    </Screen>
  )
}
