import { storedText } from '../../../api/contract/text-rules.ts'
import { useState, type FormEvent } from 'react'
import type { Fields } from '../../../api/contract/tables.ts'
import { writableFields } from '../../../api/contract/tables.ts'
import { cadenceDaysRange } from '../../../api/contract/cadence.ts'
import { createAccount, updateAccountFields } from '../../local/accounts.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { changedFields } from '../../ui/forms/changed-fields.ts'
import { SelectField } from '../../ui/forms/select-field.tsx'
import { TextField } from '../../ui/forms/text-field.tsx'
import { accountKindLabels, tierLabels } from '../relationship/account-labels.ts'

type Account = Fields<'accounts'>
type Problems = Partial<Record<'name' | 'short_name' | 'cadence_days' | 'form', string>>

const kindOptions = Object.entries(accountKindLabels).map(([value, label]) => ({ value, label }))
const tierOptions = Object.entries(tierLabels).map(([value, label]) => ({ value, label }))
const labels = { name: 'Name', short_name: 'Short name' } as const

/**
 * A relationship's kind, name, short name, tier and, when it should differ from the office's
 * default for the tier, its cadence: a new one, or `editing` one (only what changed is sent,
 * so a colleague's change to another field stands). Saved on the device and synced.
 *
 * @example
 * <RelationshipForm defaultCadence={(tier) => 30} onSaved={(name) => say(`${name} created`)} />
 * <RelationshipForm editing={account} defaultCadence={cadenceFor} onSaved={say} />
 */
export function RelationshipForm(props: {
  editing?: LocalRow<'accounts'>
  defaultCadence: (tier: Account['tier']) => number
  onSaved: (name: string) => void
}) {
  const db = useLocalDb()
  const { editing } = props
  const [kind, setKind] = useState<Account['kind']>(editing?.kind ?? 'agency')
  const [name, setName] = useState(editing?.name ?? '')
  const [shortName, setShortName] = useState(editing?.short_name ?? '')
  const [tier, setTier] = useState<Account['tier']>(editing?.tier ?? 'core')
  const [cadence, setCadence] = useState(editing?.cadence_days?.toString() ?? '')
  const id = editing ? `edit-${editing.id}` : 'new-account'
  const [problems, setProblems] = useState<Problems>({})

  async function submit(event: FormEvent) {
    event.preventDefault()
    const fields = {
      kind,
      name: name.trim(),
      short_name: storedText(shortName),
      tier,
      cadence_days: cadence.trim() ? Number(cadence) : null,
    }
    const checked = writableFields.accounts.partial().safeParse(fields)
    const found: Problems = {}
    if (!fields.name) found.name = 'Name is required'
    for (const issue of checked.success ? [] : checked.error.issues) {
      const field = issue.path[0]
      if (field === 'cadence_days') {
        found.cadence_days = `Cadence must be a whole number of days from ${cadenceDaysRange.min} to ${cadenceDaysRange.max}`
      } else if ((field === 'name' || field === 'short_name') && issue.code === 'too_big') {
        found[field] ??= `${labels[field]} must be at most ${issue.maximum} characters`
      }
    }
    setProblems(found)
    if (Object.keys(found).length) return
    try {
      if (editing) await updateAccountFields(db, editing.id, changedFields(editing, fields))
      else {
        await createAccount(db, fields)
        setName('')
        setShortName('')
        setCadence('')
      }
      setProblems({})
      props.onSaved(fields.name)
    } catch (thrown) {
      setProblems({ form: `This device could not save it: ${String(thrown)}` })
    }
  }

  return (
    <form className="admin-form" onSubmit={(event) => void submit(event)} noValidate>
      <SelectField
        id={`${id}-kind`}
        label="Kind"
        value={kind}
        onChange={(value) => setKind(value as Account['kind'])}
        options={kindOptions}
      />
      <TextField
        id={`${id}-name`}
        label="Name"
        value={name}
        onChange={setName}
        error={problems.name}
      />
      <TextField
        id={`${id}-short`}
        label="Short name"
        hint="Optional, shown where space is short (e.g. DOT)."
        value={shortName}
        onChange={setShortName}
        error={problems.short_name}
      />
      <SelectField
        id={`${id}-tier`}
        label="Tier"
        value={tier}
        onChange={(value) => setTier(value as Account['tier'])}
        options={tierOptions}
      />
      <TextField
        id={`${id}-cadence`}
        label="Cadence (days between contacts)"
        type="number"
        inputMode="numeric"
        hint={`Leave empty for the office’s default for the tier: ${props.defaultCadence(tier)} days.`}
        value={cadence}
        onChange={setCadence}
        error={problems.cadence_days}
      />
      {problems.form && (
        <p className="form-error" role="alert">
          {problems.form}
        </p>
      )}
      <button type="submit" className="button button-primary button-block">
        {editing ? 'Save changes' : 'Create relationship'}
      </button>
    </form>
  )
}
