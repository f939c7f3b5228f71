import { useLiveQuery } from 'dexie-react-hooks'
import { useState, type FormEvent } from 'react'
import type { LocalRow } from '../../local/local-db.ts'
import { LocalWriteError } from '../../local/local-write.ts'
import { colleaguesCommitmentsRefusal } from '../../../api/contract/privacy.ts'
import { hasLiveDecisions, updateCheckin } from '../../local/checkins.ts'
import { hasColleaguesCommitments } from '../../local/private-commitments.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { pulseChoices } from '../checkin/checkin-options.ts'
import { CheckinToggles } from '../checkin/checkin-toggles.tsx'
import { ChoiceGroup } from '../../ui/forms/choice-group.tsx'
import { FormFooter } from '../../ui/forms/form-footer.tsx'
import { TextField } from '../../ui/forms/text-field.tsx'
import {
  editChanges,
  editOf,
  validateEdit,
  type CheckinEdit,
  type EditTextField,
} from './checkin-edit.ts'

export const editFieldId = (field: EditTextField) => `edit-checkin-${field}`

const texts: { field: EditTextField; label: string; rows: number; hint?: string }[] = [
  { field: 'summary', label: 'Summary', rows: 2 },
  { field: 'notes', label: 'Notes', rows: 8 },
  { field: 'startDoing', label: 'Start doing', rows: 2, hint: 'What they want us to begin.' },
  { field: 'stopDoing', label: 'Stop doing', rows: 2, hint: 'What gets in their way.' },
  { field: 'continueDoing', label: 'Continue doing', rows: 2, hint: 'What works and should stay.' },
]

/**
 * Its author's edit of a check-in, saved on the device (offline too): the words, the trust pulse,
 * the strategic invite and who may see it. `onDone` gets a message to announce, or null when
 * cancelled.
 */
export function CheckinEditForm(props: {
  checkin: LocalRow<'checkins'>
  onDone: (message: string | null) => void
}) {
  const db = useLocalDb()
  const sharedDecisions = useLiveQuery(
    () => hasLiveDecisions(db, props.checkin.id),
    [db, props.checkin.id],
  )
  const colleaguesCommitments = useLiveQuery(
    () => hasColleaguesCommitments(db, props.checkin),
    [db, props.checkin],
  )
  const [edit, setEdit] = useState(() => editOf(props.checkin))
  const [errors, setErrors] = useState<Map<EditTextField, string>>(new Map())
  const [failed, setFailed] = useState<string | null>(null)
  const change = (patch: Partial<CheckinEdit>) => setEdit((e) => ({ ...e, ...patch }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    const found = validateEdit(edit)
    setErrors(found)
    const first = texts.find(({ field }) => found.has(field))
    if (first) {
      document.getElementById(editFieldId(first.field))?.focus()
      return
    }
    const changes = editChanges(props.checkin, edit)
    if (Object.keys(changes).length === 0) return props.onDone('Nothing changed')
    try {
      await updateCheckin(db, props.checkin.id, changes)
      props.onDone('Check-in saved — will sync')
    } catch (error) {
      setFailed(
        error instanceof LocalWriteError ? error.message : 'The check-in could not be saved.',
      )
    }
  }

  return (
    <form
      className="panel stack-form"
      noValidate
      aria-labelledby="edit-checkin-title"
      onSubmit={(event) => void submit(event)}
    >
      <h2 id="edit-checkin-title" className="panel-title">
        Edit check-in
      </h2>
      {texts.map(({ field, label, rows, hint }) => (
        <TextField
          key={field}
          id={editFieldId(field)}
          label={label}
          rows={rows}
          hint={hint}
          value={edit[field]}
          error={errors.get(field) ?? null}
          onChange={(value) => change({ [field]: value })}
        />
      ))}
      <div className="pulse-field">
        <ChoiceGroup
          legend="Trust pulse"
          hint="How the relationship felt."
          options={pulseChoices}
          value={edit.pulse}
          onChange={(pulse) => change({ pulse })}
          columns={5}
        />
        {edit.pulse !== null && (
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={() => change({ pulse: null })}
          >
            Clear pulse
          </button>
        )}
      </div>
      <CheckinToggles
        strategicInvite={edit.strategicInvite}
        isPrivate={edit.isPrivate}
        privateLocked={
          sharedDecisions
            ? 'Decisions shared with the organisation come from this check-in, so it can’t be made private.'
            : colleaguesCommitments
              ? `${colleaguesCommitmentsRefusal}.`
              : null
        }
        onChange={(next) =>
          change({
            ...(next.strategicInvite === undefined
              ? {}
              : { strategicInvite: next.strategicInvite }),
            ...(next.isPrivate === undefined ? {} : { isPrivate: next.isPrivate }),
          })
        }
      />
      <FormFooter
        error={failed}
        saveLabel="Save changes"
        onCancel={() => props.onDone(null)}
        buttonsClassName="detail-buttons"
      />
    </form>
  )
}
