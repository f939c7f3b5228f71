import { useState } from 'react'
import { savedParam } from '../../app/routes.ts'
import { useQueryParam } from '../../app/use-query-param.ts'
import { useFocusLater } from '../../ui/forms/use-focus-later.ts'
import { AddCommitmentForm } from './add-commitment-form.tsx'

/**
 * After a check-in is saved, at the top of its relationship's page: that it is kept on the
 * device, and the two next steps — a commitment made at it, or done.
 */
export function SavedCheckinPanel(props: { accountId: string; announce: (text: string) => void }) {
  const [checkinId, setCheckinId] = useQueryParam(savedParam)
  const [adding, setAdding] = useState(false)
  const focusLater = useFocusLater()
  if (!checkinId) return null
  return (
    <section
      className="panel saved-panel"
      aria-labelledby="saved-title"
      data-testid="saved-checkin"
    >
      <h2 id="saved-title" className="panel-title">
        Check-in saved
      </h2>
      <p className="field-hint">On this device now; it syncs when there is a connection.</p>
      {adding ? (
        <AddCommitmentForm
          accountId={props.accountId}
          checkinId={checkinId}
          idPrefix="saved-commitment"
          onDone={(title) => {
            setAdding(false)
            if (title) props.announce(`Commitment added — will sync: ${title}`)
            focusLater('saved-add-commitment')
          }}
        />
      ) : (
        <div className="device-actions">
          <button
            id="saved-add-commitment"
            type="button"
            className="button button-secondary"
            onClick={() => {
              setAdding(true)
              focusLater('saved-commitment-title')
            }}
          >
            Add commitment
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setCheckinId('')
              document.querySelector<HTMLElement>('main h1')?.focus()
            }}
          >
            Done
          </button>
        </div>
      )}
    </section>
  )
}
