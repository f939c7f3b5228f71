import { useState } from 'react'
import type { LocalRow } from '../../local/local-db.ts'
import { useFocusLater } from '../forms/use-focus-later.ts'
import { useCanWrite } from '../shell/signed-in.tsx'
import { effectiveCadence } from '../trust/trust-inputs.ts'
import { cadenceText, tierLabels } from './account-labels.ts'
import { AccountDetailsForm } from './account-details-form.tsx'

/**
 * A relationship's details — tier, cadence target and strategic goals — with an editor that
 * works offline.
 *
 * @example
 * <AccountDetails account={account} onSaved={() => announce('Saved — will sync')} />
 */
export function AccountDetails(props: { account: LocalRow<'accounts'>; onSaved: () => void }) {
  const { account } = props
  const canWrite = useCanWrite()
  const [editing, setEditing] = useState(false)
  const focusLater = useFocusLater()

  function done(saved: boolean) {
    setEditing(false)
    if (saved) props.onSaved()
    focusLater('edit-details')
  }

  return (
    <section className="panel">
      <div className="panel-head">
        <h2 id="details-title" className="panel-title">
          Details
        </h2>
        {canWrite && !editing && (
          <button
            id="edit-details"
            type="button"
            className="button button-quiet button-small"
            onClick={() => setEditing(true)}
          >
            Edit details
          </button>
        )}
      </div>
      {editing ? (
        <AccountDetailsForm account={account} onDone={done} />
      ) : (
        <dl className="device-list">
          <div className="device-row">
            <dt>Tier</dt>
            <dd>{tierLabels[account.tier]}</dd>
          </div>
          <div className="device-row">
            <dt>Contact cadence</dt>
            <dd>{cadenceText(effectiveCadence(account))}</dd>
          </div>
          <div className="device-row">
            <dt>Strategic goals</dt>
            <dd className="prewrap">{account.strategic_goals ?? 'None recorded'}</dd>
          </div>
        </dl>
      )}
    </section>
  )
}
