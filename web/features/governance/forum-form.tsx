import { storedText } from '../../../api/contract/text-rules.ts'
import { useState, type FormEvent } from 'react'
import { forumPurposes } from '../../../api/contract/governance.ts'
import { writableFields, type Fields } from '../../../api/contract/tables.ts'
import { fieldProblem } from '../../ui/forms/field-problem.ts'
import { FormFooter } from '../../ui/forms/form-footer.tsx'
import { ChoiceGroup } from '../../ui/forms/choice-group.tsx'
import { TextField } from '../../ui/forms/text-field.tsx'
import { purposeLabels } from './governance-text.ts'

type Forum = Fields<'forums'>
const columns = writableFields.forums.shape
const purposeChoices = forumPurposes.map((value) => ({ value, label: purposeLabels[value] }))

/**
 * A forum's name, purpose, charter, cadence and co-chairs, checked with the contract's schema;
 * `onSave` gets the fields once they are all right.
 */
export function ForumForm(props: {
  forum: Forum | null
  saveLabel: string
  onSave: (fields: Forum) => Promise<void>
  onCancel: () => void
}) {
  const [name, setName] = useState(props.forum?.name ?? '')
  const [purpose, setPurpose] = useState(props.forum?.purpose ?? 'strategic')
  const [charter, setCharter] = useState(props.forum?.charter ?? '')
  const [cadence, setCadence] = useState(props.forum?.cadence_days?.toString() ?? '')
  const [coChairs, setCoChairs] = useState(props.forum?.co_chairs ?? '')
  const [attempted, setAttempted] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const fields: Forum = {
    name: name.trim(),
    purpose,
    charter: storedText(charter),
    cadence_days: cadence.trim() === '' ? null : Number(cadence),
    co_chairs: storedText(coChairs),
  }
  const problems = {
    name: fieldProblem(columns.name, fields.name),
    cadence:
      fields.cadence_days === null || !fieldProblem(columns.cadence_days, fields.cadence_days)
        ? null
        : 'Enter a whole number of days, from 1 to 3650 — or leave it empty',
    charter: fieldProblem(columns.charter, fields.charter),
    coChairs: fieldProblem(columns.co_chairs, fields.co_chairs),
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setAttempted(true)
    const first = Object.entries(problems).find(([, problem]) => problem)?.[0]
    if (first) {
      document.getElementById(`forum-${first}`)?.focus()
      return
    }
    try {
      await props.onSave(fields)
    } catch (thrown) {
      setError(`Couldn’t save on this device: ${thrown instanceof Error ? thrown.message : thrown}`)
    }
  }

  const shown = (problem: string | null) => (attempted ? problem : null)
  return (
    <form className="stack-form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        id="forum-name"
        label="Name"
        value={name}
        error={shown(problems.name)}
        onChange={setName}
      />
      <ChoiceGroup
        legend="Purpose"
        options={purposeChoices}
        value={purpose}
        onChange={setPurpose}
        columns={2}
      />
      <TextField
        id="forum-charter"
        label="Charter"
        rows={4}
        value={charter}
        error={shown(problems.charter)}
        onChange={setCharter}
      />
      <TextField
        id="forum-coChairs"
        label="Co-chairs"
        hint="Usually the CIO’s office and the multisource integrator."
        value={coChairs}
        error={shown(problems.coChairs)}
        onChange={setCoChairs}
      />
      <TextField
        id="forum-cadence"
        label="Meets every (days)"
        type="number"
        inputMode="numeric"
        min={1}
        max={3650}
        value={cadence}
        error={shown(problems.cadence)}
        onChange={setCadence}
        className="field-narrow"
      />
      <FormFooter
        error={error}
        saveLabel={props.saveLabel}
        onCancel={props.onCancel}
        buttonsClassName="device-actions"
      />
    </form>
  )
}
