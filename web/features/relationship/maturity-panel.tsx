import { useState } from 'react'
import type { LocalRow } from '../../local/local-db.ts'
import { useFocusLater } from '../forms/use-focus-later.ts'
import { useCanWrite } from '../shell/signed-in.tsx'
import { maturityGap, maturityText } from './account-labels.ts'
import { MaturityForm } from './maturity-form.tsx'

function Ladder({ level }: { level: number | null }) {
  return (
    <span className="maturity-ladder" aria-hidden="true">
      {[1, 2, 3, 4, 5].map((step) => (
        <span key={step} className={level && step <= level ? 'rung rung-on' : 'rung'} />
      ))}
    </span>
  )
}

/**
 * Two-sided maturity on the Business Relationship Maturity Model: our rating, theirs, and the
 * gap in words, editable in place (offline).
 *
 * @example
 * <MaturityPanel account={account} onSaved={() => announce('Maturity saved — will sync')} />
 */
export function MaturityPanel(props: { account: LocalRow<'accounts'>; onSaved: () => void }) {
  const { account } = props
  const canWrite = useCanWrite()
  const [editing, setEditing] = useState(false)
  const focusLater = useFocusLater()
  const gap = maturityGap(account.maturity_self, account.maturity_partner)

  function done(saved: boolean) {
    setEditing(false)
    if (saved) props.onSaved()
    focusLater('edit-maturity')
  }

  return (
    <section className="panel" aria-labelledby="maturity-title">
      <div className="panel-head">
        <h2 id="maturity-title" className="panel-title">
          Maturity
        </h2>
        {canWrite && !editing && (
          <button
            id="edit-maturity"
            type="button"
            className="button button-quiet button-small"
            onClick={() => {
              setEditing(true)
              focusLater('maturity-ours')
            }}
          >
            Edit ratings
          </button>
        )}
      </div>
      {editing ? (
        <MaturityForm account={account} onDone={done} />
      ) : (
        <>
          <dl className="maturity-list">
            <div className="maturity-row">
              <dt>Ours</dt>
              <dd>
                <Ladder level={account.maturity_self} />
                {maturityText(account.maturity_self)}
              </dd>
            </div>
            <div className="maturity-row">
              <dt>Theirs</dt>
              <dd>
                <Ladder level={account.maturity_partner} />
                {maturityText(account.maturity_partner)}
              </dd>
            </div>
          </dl>
          <p className="maturity-gap">{gap ?? 'Rate both sides to see the gap.'}</p>
        </>
      )}
    </section>
  )
}
