import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useNow } from '../../app/use-now.ts'
import { completeCommitment, reopenCommitment } from '../../local/action-items.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { sideLabels } from '../checkin/checkin-options.ts'
import { useFocusLater } from '../../ui/forms/use-focus-later.ts'
import { useCanWrite } from '../../app/shell/signed-in.tsx'
import { AddCommitmentForm } from './add-commitment-form.tsx'
import { byDueDate, dueText } from './due-text.ts'
import { UndoBar } from '../../ui/forms/undo-bar.tsx'

type Item = LocalRow<'action_items'>

function CommitmentList(props: {
  title: string
  items: Item[]
  empty: string
  canWrite: boolean
  onDone: (item: Item) => void
}) {
  const now = useNow(60_000)
  return (
    <div className="commitment-group">
      <h3 className="commitment-group-title">
        {props.title} <span className="count">({props.items.length})</span>
      </h3>
      {props.items.length === 0 ? (
        <p className="field-hint">{props.empty}</p>
      ) : (
        <ul className="item-list">
          {props.items.map((item) => {
            const due = dueText(item.due_on, now)
            return (
              <li key={item.id} className="item">
                <div className="item-text">
                  <p className="item-title">{item.title}</p>
                  <p className={due.overdue ? 'item-meta item-meta-overdue' : 'item-meta'}>
                    {due.text}
                    {item.owner_side === 'vendor' && ` · ${sideLabels.vendor}`}
                  </p>
                </div>
                {props.canWrite && (
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-label={`Done: ${item.title}`}
                    onClick={() => props.onDone(item)}
                  >
                    Done
                  </button>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}

/**
 * The relationship's open commitments both ways, each done in one tap (with an undo), and a form
 * to add one. All of it works offline.
 */
export function OpenCommitments(props: { accountId: string; announce: (text: string) => void }) {
  const db = useLocalDb()
  const canWrite = useCanWrite()
  const [adding, setAdding] = useState(false)
  const focusLater = useFocusLater()
  const [lastDone, setLastDone] = useState<Item | null>(null)
  const items = useLiveQuery(
    () => db.action_items.where('[account_id+status]').equals([props.accountId, 'open']).toArray(),
    [db, props.accountId],
  )
  const open = (items ?? []).filter((item) => !item.deleted_at).sort(byDueDate)

  async function done(item: Item) {
    await completeCommitment(db, item.id)
    setLastDone(item)
    props.announce(`Done: ${item.title} — will sync`)
    // The item's row is gone; its undo is the nearest thing to keep the focus.
    focusLater('undo-done')
  }

  async function undo(item: Item) {
    await reopenCommitment(db, item.id)
    setLastDone(null)
    props.announce(`Reopened: ${item.title}`)
  }

  function closeForm(added: string | null) {
    setAdding(false)
    if (added) props.announce(`Commitment added: ${added} — will sync`)
    focusLater('add-commitment')
  }

  return (
    <section className="panel">
      <h2 id="commitments-title" className="panel-title">
        Open commitments
      </h2>
      {!items ? (
        <p className="loading-note">Loading…</p>
      ) : (
        <>
          <CommitmentList
            title="We owe"
            items={open.filter((i) => i.owner_side === 'us')}
            empty="Nothing open on our side."
            canWrite={canWrite}
            onDone={(item) => void done(item)}
          />
          <CommitmentList
            title="They owe"
            items={open.filter((i) => i.owner_side !== 'us')}
            empty="Nothing open on their side."
            canWrite={canWrite}
            onDone={(item) => void done(item)}
          />
        </>
      )}
      {lastDone && (
        <UndoBar buttonId="undo-done" onUndo={() => void undo(lastDone)}>
          Marked done: {lastDone.title}
        </UndoBar>
      )}
      {canWrite &&
        (adding ? (
          <AddCommitmentForm accountId={props.accountId} onDone={closeForm} />
        ) : (
          <button
            id="add-commitment"
            type="button"
            className="button button-secondary"
            onClick={() => {
              setAdding(true)
              focusLater('new-commitment-title')
            }}
          >
            Add commitment
          </button>
        ))}
    </section>
  )
}
