import { useState } from 'react'
import { archiveAccount, restoreAccount } from '../../local/accounts.ts'
import { assignManager, unassign } from '../../local/assignments.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { SelectField } from '../../ui/forms/select-field.tsx'
import { accountKindLabels, cadenceText, tierLabels } from '../relationship/account-labels.ts'
import { RelationshipForm } from './relationship-form.tsx'
import type { AdminRelationship, Person } from './use-admin-relationships.ts'

const holdRoles = [
  { value: 'primary', label: 'Primary' },
  { value: 'secondary', label: 'Secondary' },
] as const

function holdersText(row: AdminRelationship): string {
  if (row.assignees.length === 0) return 'No one assigned'
  return row.assignees.map((a) => `${a.name}${a.role === 'primary' ? '' : ' (2nd)'}`).join(', ')
}

/**
 * A relationship in the admin's list: opened, who holds it (assign, change, unassign) and its
 * archiving; every change is a local write that syncs, so it works offline.
 */
export function RelationshipRow(props: {
  row: AdminRelationship
  people: Person[]
  defaultCadence: (tier: LocalRow<'accounts'>['tier']) => number
  announce: (text: string) => void
}) {
  const db = useLocalDb()
  const { account, assignees } = props.row
  const [who, setWho] = useState('')
  const [role, setRole] = useState<'primary' | 'secondary'>('primary')
  const archived = account.status === 'archived'
  // A list of hundreds: each row's controls are built when it is opened, not before.
  const [open, setOpen] = useState(false)

  async function saying(change: () => Promise<unknown>, done: string) {
    try {
      await change()
      props.announce(`${done} — will sync`)
    } catch {
      props.announce('This device could not save that change; try again.')
    }
  }

  async function assign() {
    const person = props.people.find((p) => p.userId === who)
    if (!person) return
    await saying(
      () => assignManager(db, { accountId: account.id, userId: person.userId, role }),
      `${person.name} holds ${account.short_name ?? account.name}`,
    )
    setWho('')
  }

  return (
    <li className="admin-relationship" data-testid="admin-relationship">
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="admin-relationship-summary">
          <span className="linked-name">{account.name}</span>
          <span className="linked-meta">
            {accountKindLabels[account.kind]} · {tierLabels[account.tier]} ·{' '}
            {cadenceText(account.cadence_days)}
          </span>
          <span className={assignees.length ? 'linked-meta' : 'linked-meta admin-unheld'}>
            {holdersText(props.row)}
          </span>
        </summary>
        {open && (
          <div className="admin-relationship-body">
            {assignees.length > 0 && (
              <ul className="admin-assignees">
                {assignees.map((a) => (
                  <li key={a.assignmentId}>
                    <span>
                      {a.name} · {a.role === 'primary' ? 'Primary' : 'Secondary'}
                    </span>
                    <button
                      type="button"
                      className="button button-quiet"
                      onClick={() =>
                        void saying(() => unassign(db, a.assignmentId), `${a.name} unassigned`)
                      }
                    >
                      Unassign <span className="visually-hidden">{a.name}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {!archived && (
              <div className="admin-assign">
                <SelectField
                  id={`assign-who-${account.id}`}
                  label="Assign"
                  value={who}
                  onChange={setWho}
                  options={[
                    { value: '', label: 'Choose a person' },
                    ...props.people.map((p) => ({ value: p.userId, label: p.name })),
                  ]}
                />
                <SelectField
                  id={`assign-role-${account.id}`}
                  label="As"
                  value={role}
                  onChange={(value) => setRole(value as 'primary' | 'secondary')}
                  options={holdRoles}
                />
                <button
                  type="button"
                  className="button button-primary"
                  disabled={!who}
                  onClick={() => void assign()}
                >
                  Assign
                </button>
              </div>
            )}
            <details className="disclosure disclosure-plain">
              <summary className="disclosure-summary">Edit the relationship</summary>
              <RelationshipForm
                editing={account}
                defaultCadence={props.defaultCadence}
                onSaved={(name) => props.announce(`${name} saved — will sync`)}
              />
            </details>
            <button
              type="button"
              className="button button-quiet"
              onClick={() =>
                void saying(
                  () =>
                    archived ? restoreAccount(db, account.id) : archiveAccount(db, account.id),
                  archived ? `${account.name} restored` : `${account.name} archived`,
                )
              }
            >
              {archived ? 'Restore' : 'Archive'}{' '}
              <span className="visually-hidden">{account.name}</span>
            </button>
            {!archived && (
              <p className="field-hint">
                Archiving takes it out of the portfolio and the trust figures; its history stays and
                it can be restored.
              </p>
            )}
          </div>
        )}
      </details>
    </li>
  )
}
