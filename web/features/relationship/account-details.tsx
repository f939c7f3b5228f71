import type { LocalRow } from '../../local/local-db.ts'
import { cadenceText, tierLabels } from './account-labels.ts'
import { AccountDetailsForm } from './account-details-form.tsx'
import { EditablePanel } from './editable-panel.tsx'

/**
 * A relationship's details — tier, cadence target and strategic goals — with an editor that
 * works offline.
 */
export function AccountDetails(props: {
  account: LocalRow<'accounts'>
  /** Its cadence target (`effectiveCadence`): its own, or the org's default for its tier. */
  cadenceDays: number
  onSaved: () => void
}) {
  const { account } = props
  return (
    <EditablePanel
      name="details"
      title="Details"
      editLabel="Edit details"
      onSaved={props.onSaved}
      form={(done) => <AccountDetailsForm account={account} onDone={done} />}
    >
      <dl className="device-list">
        <div className="device-row">
          <dt>Tier</dt>
          <dd>{tierLabels[account.tier]}</dd>
        </div>
        <div className="device-row">
          <dt>Contact cadence</dt>
          <dd>{cadenceText(props.cadenceDays)}</dd>
        </div>
        <div className="device-row">
          <dt>Strategic goals</dt>
          <dd className="prewrap">{account.strategic_goals ?? 'None recorded'}</dd>
        </div>
      </dl>
    </EditablePanel>
  )
}
