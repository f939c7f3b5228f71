import { storedText } from '../../../api/contract/text-rules.ts'
import { useState, type FormEvent } from 'react'
import { writableFields } from '../../../api/contract/tables.ts'
import { flash } from '../../app/flash.ts'
import { valueItemHref } from '../../app/routes.ts'
import { navigate, useSearch } from '../../app/router.ts'
import { createValueItem } from '../../local/value-items.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { fieldProblem } from '../../ui/forms/field-problem.ts'
import { FormFooter } from '../../ui/forms/form-footer.tsx'
import { TextField } from '../../ui/forms/text-field.tsx'
import { useFocusLater } from '../../ui/forms/use-focus-later.ts'
import { Screen } from '../../ui/screen.tsx'
import { useCanWrite } from '../../app/shell/signed-in.tsx'
import { useAccountChoices } from './use-account-choices.ts'
import { emptyValueDraft, readValueDraft, type ValueDraftField } from './value-draft.ts'
import { ValueItemFields, valueFieldId } from './value-item-form.tsx'

const fieldOrder: ValueDraftField[] = [
  'accountId',
  'title',
  'outcome',
  'metric',
  'baseline',
  'target',
  'realised',
  'unit',
]

/**
 * Records a new value item on the device — for the relationship (or with the vendor) named in
 * the address, when given — with the first line of its history, and opens its page.
 */
export function ValueNewScreen() {
  const db = useLocalDb()
  const canWrite = useCanWrite()
  const choices = useAccountChoices()
  const preset = new URLSearchParams(useSearch())
  const [draft, setDraft] = useState(() =>
    emptyValueDraft({
      accountId: preset.get('account') ?? undefined,
      vendorId: preset.get('vendor') ?? undefined,
    }),
  )
  const [note, setNote] = useState('')
  const [attempted, setAttempted] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const focusLater = useFocusLater()
  const read = readValueDraft(draft)
  const noteProblem = fieldProblem(writableFields.value_updates.shape.note, storedText(note))

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setAttempted(true)
    const first = fieldOrder.find((field) => read.problems.has(field))
    if (first || noteProblem) {
      focusLater(first ? valueFieldId(first) : 'value-note')
      return
    }
    try {
      const id = await createValueItem(db, { ...read.fields, note: storedText(note) })
      flash('Value item saved — will sync')
      navigate(valueItemHref(id), { replace: true })
    } catch (thrown) {
      setError(`Couldn’t save on this device: ${thrown instanceof Error ? thrown.message : thrown}`)
    }
  }

  if (!canWrite) {
    return (
      <Screen title="New value item">
        <p className="field-hint">Viewers read the register; they don’t add to it.</p>
      </Screen>
    )
  }
  return (
    <Screen title="New value item">
      {!choices ? (
        <p className="loading-note">Loading…</p>
      ) : (
        <form className="panel stack-form" onSubmit={(event) => void submit(event)} noValidate>
          <ValueItemFields
            draft={draft}
            onChange={setDraft}
            problems={attempted ? read.problems : new Map()}
            isNew
            relationships={choices.relationships}
            vendors={choices.vendors}
          />
          <TextField
            id="value-note"
            label="Note for its history"
            hint="Optional: where the idea came from, who asked for it."
            rows={2}
            value={note}
            error={attempted ? noteProblem : null}
            onChange={setNote}
          />
          <FormFooter
            error={error}
            saveLabel="Save value item"
            onCancel={() => window.history.back()}
            buttonsClassName="device-actions"
          />
        </form>
      )}
    </Screen>
  )
}
