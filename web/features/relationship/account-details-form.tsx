import { useState, type FormEvent } from 'react'
import type { Fields } from '../../../api/contract/tables.ts'
import { updateAccountFields } from '../../local/accounts.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { useLocalDb } from '../../sync/sync-provider.tsx'
import { TextField } from '../forms/text-field.tsx'
import { maturityLabels, tierLabels } from './account-labels.ts'

type Editable = Pick<
  Fields<'accounts'>,
  'tier' | 'cadence_days' | 'maturity_self' | 'maturity_partner' | 'strategic_goals'
>

function RatingSelect(props: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">Not rated</option>
        {[1, 2, 3, 4, 5].map((level) => (
          <option key={level} value={level}>
            {level} · {maturityLabels[level]}
          </option>
        ))}
      </select>
    </div>
  )
}

function changedFields(account: LocalRow<'accounts'>, next: Editable): Partial<Editable> {
  const keys = Object.keys(next) as (keyof Editable)[]
  return Object.fromEntries(keys.filter((k) => next[k] !== account[k]).map((k) => [k, next[k]]))
}

/**
 * Edits a relationship's tier, cadence target, the two maturity ratings and strategic goals, on
 * the device; only the fields that changed are queued for sync.
 *
 * @example
 * <AccountDetailsForm account={account} onDone={close} />
 */
export function AccountDetailsForm(props: {
  account: LocalRow<'accounts'>
  onDone: (saved: boolean) => void
}) {
  const { account } = props
  const db = useLocalDb()
  const [tier, setTier] = useState(account.tier)
  const [cadence, setCadence] = useState(account.cadence_days?.toString() ?? '')
  const [ours, setOurs] = useState(account.maturity_self?.toString() ?? '')
  const [theirs, setTheirs] = useState(account.maturity_partner?.toString() ?? '')
  const [goals, setGoals] = useState(account.strategic_goals ?? '')
  const [error, setError] = useState<string | null>(null)
  const [cadenceError, setCadenceError] = useState<string | null>(null)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const days = cadence.trim() === '' ? null : Number(cadence)
    if (days !== null && (!Number.isInteger(days) || days < 1 || days > 3650)) {
      setCadenceError('Enter a whole number of days, from 1 to 3650 — or leave it empty')
      document.getElementById('account-cadence')?.focus()
      return
    }
    setCadenceError(null)
    const next: Editable = {
      tier,
      cadence_days: days,
      maturity_self: ours ? Number(ours) : null,
      maturity_partner: theirs ? Number(theirs) : null,
      strategic_goals: goals.trim() === '' ? null : goals,
    }
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
      <RatingSelect
        id="account-maturity-self"
        label="Our maturity rating"
        value={ours}
        onChange={setOurs}
      />
      <RatingSelect
        id="account-maturity-partner"
        label="Their maturity rating"
        value={theirs}
        onChange={setTheirs}
      />
      <TextField
        id="account-goals"
        label="Strategic goals"
        rows={4}
        value={goals}
        onChange={setGoals}
      />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="device-actions">
        <button type="submit" className="button button-primary">
          Save details
        </button>
        <button type="button" className="button button-quiet" onClick={() => props.onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  )
}
