import { storedText } from '../../../api/contract/text-rules.ts'
import { useState, type FormEvent } from 'react'
import { columnRefusal } from '../../../api/contract/roles.ts'
import type { Fields } from '../../../api/contract/tables.ts'
import { updateAccountFields } from '../../local/accounts.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { changedFields } from '../../ui/forms/changed-fields.ts'
import { FormFooter } from '../../ui/forms/form-footer.tsx'
import { TextField } from '../../ui/forms/text-field.tsx'
import { useMayChange } from '../../app/shell/signed-in.tsx'
import { tierLabels } from './account-labels.ts'

type Editable = Pick<Fields<'accounts'>, 'tier' | 'cadence_days' | 'strategic_goals'>

/**
 * Edits a relationship's tier, cadence target and strategic goals, on the device; only the
 * fields that changed are queued for sync. (Maturity is edited in its own panel.) The tier and
 * cadence are offered to those who may change them (api/contract/roles.ts: admins).
 */
export function AccountDetailsForm(props: {
  account: LocalRow<'accounts'>
  onDone: (saved: boolean) => void
}) {
  const db = useLocalDb()
  // What the form opened with: a field changed meanwhile by sync is left alone unless edited here.
  const [account] = useState(props.account)
  const [tier, setTier] = useState(account.tier)
  const [cadence, setCadence] = useState(account.cadence_days?.toString() ?? '')
  const [goals, setGoals] = useState(account.strategic_goals ?? '')
  const [error, setError] = useState<string | null>(null)
  const [cadenceError, setCadenceError] = useState<string | null>(null)
  const mayChangeTier = useMayChange('accounts', 'tier')
  const mayChangeCadence = useMayChange('accounts', 'cadence_days')
  // One rule in the contract for both: an admin's (PRODUCT.md, Roles).
  const mayRetier = mayChangeTier && mayChangeCadence

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const days = cadence.trim() === '' ? null : Number(cadence)
    if (mayRetier && days !== null && (!Number.isInteger(days) || days < 1 || days > 3650)) {
      setCadenceError('Enter a whole number of days, from 1 to 3650 — or leave it empty')
      document.getElementById('account-cadence')?.focus()
      return
    }
    setCadenceError(null)
    const goalsField = { strategic_goals: storedText(goals) }
    const next: Partial<Editable> = mayRetier
      ? { tier, cadence_days: days, ...goalsField }
      : goalsField
    const changed = changedFields(account, next)
    try {
      if (Object.keys(changed).length > 0) await updateAccountFields(db, account.id, changed)
      props.onDone(Object.keys(changed).length > 0)
    } catch (thrown) {
      setError(`Couldn’t save on this device: ${thrown instanceof Error ? thrown.message : thrown}`)
    }
  }

  return (
    <form className="stack-form" onSubmit={(event) => void submit(event)} noValidate>
      {mayRetier ? (
        <>
          <div className="field">
            <label htmlFor="account-tier">Tier</label>
            <select
              id="account-tier"
              value={tier}
              onChange={(e) => setTier(e.target.value as Editable['tier'])}
            >
              {Object.entries(tierLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <TextField
            id="account-cadence"
            label="Target days between contacts"
            type="number"
            inputMode="numeric"
            min={1}
            max={3650}
            value={cadence}
            onChange={setCadence}
            error={cadenceError}
            className="field-narrow"
          />
        </>
      ) : (
        <p className="field-hint">{columnRefusal('accounts', 'tier')}.</p>
      )}
      <TextField
        id="account-goals"
        label="Strategic goals"
        rows={4}
        value={goals}
        onChange={setGoals}
      />
      <FormFooter
        error={error}
        saveLabel="Save details"
        onCancel={() => props.onDone(false)}
        buttonsClassName="device-actions"
      />
    </form>
  )
}
