import { storedText } from '../../../api/contract/text-rules.ts'
import { useState, type FormEvent } from 'react'
import { writableFields } from '../../../api/contract/tables.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { updateValueItem } from '../../local/value-items.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { fieldProblem } from '../../ui/forms/field-problem.ts'
import { TextField } from '../../ui/forms/text-field.tsx'
import { parseValueInput } from './value-format.ts'

const realisedColumn = writableFields.value_items.shape.realised_value
const noteColumn = writableFields.value_updates.shape.note

interface Problems {
  value?: string
  note?: string
  form?: string
}

/**
 * Records progress on an item: a new realised value, a note for its history, or both, in one
 * tap; offline like every write.
 */
export function RecordProgressForm(props: {
  item: LocalRow<'value_items'>
  onRecorded: (message: string) => void
}) {
  const { item } = props
  const db = useLocalDb()
  // Until the person types a value, the field shows the item's own, kept current by sync, so a
  // note sent later never writes back a value a colleague has since replaced.
  const [typed, setTyped] = useState<string | null>(null)
  const value = typed ?? (item.realised_value === null ? '' : String(item.realised_value))
  const [note, setNote] = useState('')
  const [problems, setProblems] = useState<Problems>({})

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const realised = parseValueInput(value)
    const valueProblem =
      realised === undefined
        ? 'Enter a number, like 84 or 2.5 — or leave it empty'
        : fieldProblem(realisedColumn, realised)
    const text = storedText(note)
    const noteProblem = fieldProblem(noteColumn, text)
    const moved = typed !== null && realised !== undefined && realised !== item.realised_value
    if (valueProblem || noteProblem || (!moved && !text)) {
      setProblems({
        value: valueProblem ?? undefined,
        note: noteProblem ?? (!moved && !text ? 'Enter a new value or a note' : undefined),
      })
      document.getElementById(valueProblem ? 'progress-value' : 'progress-note')?.focus()
      return
    }
    try {
      await updateValueItem(db, item.id, moved ? { realised_value: realised ?? null } : {}, text)
      setTyped(null)
      setNote('')
      setProblems({})
      props.onRecorded(moved ? 'Realised value recorded — will sync' : 'Note added — will sync')
    } catch (thrown) {
      setProblems({ form: `Couldn’t save on this device: ${String(thrown)}` })
    }
  }

  return (
    <form className="stack-form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        id="progress-value"
        label={item.unit ? `Realised (${item.unit})` : 'Realised'}
        inputMode="decimal"
        value={value}
        error={problems.value ?? null}
        onChange={setTyped}
        className="field-narrow"
      />
      <TextField
        id="progress-note"
        label="Note for its history"
        rows={2}
        value={note}
        error={problems.note ?? null}
        onChange={setNote}
      />
      {problems.form && (
        <p className="form-error" role="alert">
          {problems.form}
        </p>
      )}
      <button type="submit" className="button button-secondary">
        Record progress
      </button>
    </form>
  )
}
