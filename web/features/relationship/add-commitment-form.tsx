import { useLiveQuery } from 'dexie-react-hooks'
import { useState, type FormEvent } from 'react'
import { addCommitment } from '../../local/action-items.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import {
  CommitmentFields,
  PrivateCommitmentNote,
  type CommitmentValue,
} from '../checkin/commitment-fields.tsx'

const blank: CommitmentValue = { title: '', side: 'us', due: '' }

/**
 * Adds one commitment to a relationship's ledger, on the device; made at a check-in when
 * `checkinId` says which. At a private check-in it is the author's alone: ours means theirs.
 */
export function AddCommitmentForm(props: {
  accountId: string
  onDone: (added: string | null) => void
  checkinId?: string
  /** Prefixes the fields' ids, so two of these forms can share a page. */
  idPrefix?: string
}) {
  const idPrefix = props.idPrefix ?? 'new-commitment'
  const db = useLocalDb()
  const [value, setValue] = useState(blank)
  const [error, setError] = useState<string | null>(null)
  const checkinId = props.checkinId
  const isPrivate = useLiveQuery(
    async () => (checkinId ? (await db.checkins.get(checkinId))?.visibility === 'private' : false),
    [db, checkinId],
  )

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const title = value.title.trim()
    if (!title || title.length > 500) {
      setError(title ? 'Keep it under 500 characters' : 'Say what was promised')
      document.getElementById(`${idPrefix}-title`)?.focus()
      return
    }
    try {
      await addCommitment(db, {
        account_id: props.accountId,
        checkin_id: props.checkinId ?? null,
        title,
        owner_side: value.side,
        due_on: value.due || null,
      })
      props.onDone(title)
    } catch (thrown) {
      setError(`Couldn’t save on this device: ${thrown instanceof Error ? thrown.message : thrown}`)
    }
  }

  return (
    <form className="stack-form inline-form" onSubmit={(event) => void submit(event)} noValidate>
      {isPrivate && <PrivateCommitmentNote />}
      <CommitmentFields
        idPrefix={idPrefix}
        value={value}
        onChange={setValue}
        error={error}
        isPrivate={isPrivate}
      />
      <div className="device-actions">
        <button type="submit" className="button button-primary">
          Save commitment
        </button>
        <button type="button" className="button button-quiet" onClick={() => props.onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  )
}
