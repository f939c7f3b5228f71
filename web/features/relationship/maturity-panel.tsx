import type { LocalRow } from '../../local/local-db.ts'
import { maturityGap, maturityText } from './account-labels.ts'
import { EditablePanel } from './editable-panel.tsx'
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
 */
export function MaturityPanel(props: { account: LocalRow<'accounts'>; onSaved: () => void }) {
  const { account } = props
  const gap = maturityGap(account.maturity_self, account.maturity_partner)
  return (
    <EditablePanel
      name="maturity"
      title="Maturity"
      editLabel="Edit ratings"
      firstField="maturity-ours"
      onSaved={props.onSaved}
      form={(done) => <MaturityForm account={account} onDone={done} />}
    >
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
    </EditablePanel>
  )
}
