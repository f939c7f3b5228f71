import { useState } from 'react'
import { valueProgress, type ValueStage } from '../../../api/contract/value-register.ts'
import { useFlash } from '../../app/flash.ts'
import { Link } from '../../app/link.tsx'
import { relationshipHref } from '../../app/routes.ts'
import { navigate } from '../../app/router.ts'
import { useNow } from '../../app/use-now.ts'
import { deleteRow } from '../../local/local-write.ts'
import { updateValueItem } from '../../local/value-items.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { ConfirmDelete } from '../../ui/forms/confirm-delete.tsx'
import { UndoBar } from '../../ui/forms/undo-bar.tsx'
import { EditablePanel } from '../relationship/editable-panel.tsx'
import { EmptyState, Screen } from '../../ui/screen.tsx'
import { useCanWrite, useSignedIn } from '../../app/shell/signed-in.tsx'
import { StatusMessage } from '../../ui/status-message.tsx'
import { RecordProgressForm } from './record-progress-form.tsx'
import { StageTrack } from './stage-track.tsx'
import { useAccountChoices } from './use-account-choices.ts'
import { useValueItem, type ValueItemPage } from './use-value-item.ts'
import { ValueDetailsForm } from './value-details-form.tsx'
import { ValueFigures } from './value-figures.tsx'
import { stageLabels } from './value-format.ts'
import { ValueHistoryList } from './value-history-list.tsx'
import { ValueProgress } from './value-progress.tsx'

function ValueItemBody({ page }: { page: ValueItemPage }) {
  const { item, account, vendor } = page
  const db = useLocalDb()
  const canWrite = useCanWrite()
  const choices = useAccountChoices([item.account_id, item.vendor_account_id])
  const now = useNow(60_000)
  const flashed = useFlash()
  const [message, setMessage] = useState<{ text: string; n: number } | null>(null)
  const [undo, setUndo] = useState<{ from: ValueStage; to: ValueStage } | null>(null)
  const announce = (text: string) => setMessage((m) => ({ text, n: (m?.n ?? 0) + 1 }))
  const progress = valueProgress(item)

  async function move(stage: ValueStage, isUndo = false) {
    const from = item.stage
    try {
      await updateValueItem(db, item.id, { stage })
    } catch (thrown) {
      announce(`Couldn’t save on this device: ${thrown instanceof Error ? thrown.message : thrown}`)
      return
    }
    setUndo(isUndo ? null : { from, to: stage })
    announce(`${isUndo ? 'Moved back to' : 'Moved to'} ${stageLabels[stage]} — will sync`)
  }

  return (
    <Screen title={item.title}>
      <p className="screen-subtitle">
        {account && (
          <span>
            For <Link href={relationshipHref(account.id)}>{account.name}</Link>
          </span>
        )}
        {vendor && (
          <span>
            Delivered by <Link href={relationshipHref(vendor.id)}>{vendor.name}</Link>
          </span>
        )}
        <span className={`tag stage-${item.stage}`}>{stageLabels[item.stage]}</span>
        {page.waiting && <span className="tag tag-waiting">Not synced yet</span>}
      </p>
      <StatusMessage message={message?.text ?? flashed} nonce={message?.n ?? 0} />
      {undo && (
        <UndoBar buttonId="value-undo" onUndo={() => void move(undo.from, true)}>
          Moved to {stageLabels[undo.to]}
        </UndoBar>
      )}
      <EditablePanel
        name="value-details"
        title="Outcome and figures"
        editLabel="Edit"
        firstField="value-title"
        onSaved={() => announce('Details saved — will sync')}
        form={(done) =>
          choices ? <ValueDetailsForm item={item} choices={choices} onDone={done} /> : null
        }
      >
        <p className="value-outcome">{item.outcome ?? 'No outcome written down yet.'}</p>
        <ValueFigures item={item} />
        {progress === null ? (
          <p className="field-hint">
            Progress shows once it has a baseline, a target and a realised value.
          </p>
        ) : (
          <ValueProgress progress={progress} />
        )}
      </EditablePanel>
      <section className="panel" aria-labelledby="value-stage-title">
        <h2 id="value-stage-title" className="panel-title">
          Stage
        </h2>
        <StageTrack stage={item.stage} canWrite={canWrite} onMove={(stage) => void move(stage)} />
      </section>
      {canWrite && (
        <section className="panel" aria-labelledby="value-record-title">
          <h2 id="value-record-title" className="panel-title">
            Record progress
          </h2>
          <RecordProgressForm item={item} onRecorded={announce} />
        </section>
      )}
      <section className="panel" aria-labelledby="value-history-title">
        <h2 id="value-history-title" className="panel-title">
          History
        </h2>
        <ValueHistoryList page={page} now={now} />
      </section>
      {canWrite && (
        <ConfirmDelete
          id="value-item"
          label="Delete this value item"
          onDelete={async () => {
            await deleteRow(db, 'value_items', item.id)
            navigate(account ? relationshipHref(account.id) : '/value', { replace: true })
          }}
        >
          Delete “{item.title}” for everyone? It leaves the register and every briefing.
        </ConfirmDelete>
      )}
    </Screen>
  )
}

/**
 * One value item, offline: the outcome and its figures with progress, the stage (one tap to
 * move it, with an undo), recording a realised value or a note, its history (who moved what
 * when), its details to edit, and deleting it.
 */
export function ValueItemScreen({ id }: { id: string }) {
  const { userId } = useSignedIn()
  const page = useValueItem(id, userId)
  if (page === undefined) {
    return (
      <Screen title="Value item">
        <p className="loading-note">Loading…</p>
      </Screen>
    )
  }
  if (page === null) {
    return (
      <Screen title="Value item not found">
        <EmptyState title="This value item isn’t on this device">
          It may have been deleted, or not synced here yet.{' '}
          <Link href="/value">See the register</Link>.
        </EmptyState>
      </Screen>
    )
  }
  return <ValueItemBody page={page} />
}
