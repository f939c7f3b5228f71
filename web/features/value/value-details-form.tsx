import { useState, type FormEvent } from 'react'
import type { LocalRow } from '../../local/local-db.ts'
import { updateValueItem, type ValueItemChange } from '../../local/value-items.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { changedFields } from '../../ui/forms/changed-fields.ts'
import { FormFooter } from '../../ui/forms/form-footer.tsx'
import { useFocusLater } from '../../ui/forms/use-focus-later.ts'
import type { AccountChoices } from './use-account-choices.ts'
import { readValueDraft, valueDraftOf } from './value-draft.ts'
import { ValueItemFields, valueFieldId } from './value-item-form.tsx'

// A number replaces the words an item was first recorded with ('78%'), which would otherwise
// show again once the number is cleared.
const wordsOf = {
  baseline_value: 'baseline',
  target_value: 'target',
  realised_value: 'realised',
} as const

function changes(opened: LocalRow<'value_items'>, next: ValueItemChange): ValueItemChange {
  const changed: ValueItemChange = changedFields(opened, next)
  for (const column of Object.keys(wordsOf) as (keyof typeof wordsOf)[]) {
    const words = wordsOf[column]
    if (column in changed && opened[words] !== null) changed[words] = null
  }
  return changed
}

/**
 * Edits an item's words, vendor and figures on the device; only what changed is queued, and a
 * new realised value also goes into its history.
 */
export function ValueDetailsForm(props: {
  item: LocalRow<'value_items'>
  choices: AccountChoices
  onDone: (saved: boolean) => void
}) {
  const db = useLocalDb()
  // What the form opened with: a field changed meanwhile by sync is left alone unless edited here.
  const [opened] = useState(props.item)
  const [draft, setDraft] = useState(() => valueDraftOf(opened))
  const [attempted, setAttempted] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const focusLater = useFocusLater()
  const read = readValueDraft(draft)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setAttempted(true)
    const [first] = read.problems.keys()
    if (first) {
      focusLater(valueFieldId(first))
      return
    }
    const { account_id: _account, stage: _stage, ...editable } = read.fields
    const changed = changes(opened, editable)
    try {
      if (Object.keys(changed).length > 0) await updateValueItem(db, props.item.id, changed)
      props.onDone(Object.keys(changed).length > 0)
    } catch (thrown) {
      setError(`Couldn’t save on this device: ${thrown instanceof Error ? thrown.message : thrown}`)
    }
  }

  return (
    <form className="stack-form" onSubmit={(event) => void submit(event)} noValidate>
      <ValueItemFields
        draft={draft}
        onChange={setDraft}
        problems={attempted ? read.problems : new Map()}
        isNew={false}
        relationships={props.choices.relationships}
        vendors={props.choices.vendors}
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
