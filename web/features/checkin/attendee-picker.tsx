import type { LocalRow } from '../../local/local-db.ts'
import { NewAttendeeFields } from './new-attendee-fields.tsx'
import type { Colleague } from './use-colleague-choices.ts'

export interface AttendeePickerProps {
  /** The relationship's contacts; undefined while loading or before one is picked. */
  contacts: LocalRow<'contacts'>[] | undefined
  colleagues: Colleague[] | undefined
  /** The relationship chosen, for its name and for adding a contact to it. */
  account: Pick<LocalRow<'accounts'>, 'id' | 'org_id' | 'name' | 'short_name'> | null
  selected: string[]
  selectedColleagues: string[]
  onChange: (ids: string[]) => void
  onColleaguesChange: (ids: string[]) => void
}

function CheckList(props: {
  rows: { id: string; title: string; detail?: string | null }[]
  selected: string[]
  onChange: (ids: string[]) => void
}) {
  const toggle = (id: string, on: boolean) =>
    props.onChange(on ? [...props.selected, id] : props.selected.filter((other) => other !== id))
  return (
    <ul className="check-list">
      {props.rows.map((row) => (
        <li key={row.id}>
          <label className="check-row">
            <input
              type="checkbox"
              checked={props.selected.includes(row.id)}
              onChange={(event) => toggle(row.id, event.target.checked)}
            />
            <span className="check-row-text">
              <span className="check-row-title">{row.title}</span>
              {row.detail && (
                <>
                  {' '}
                  <span className="check-row-detail">{row.detail}</span>
                </>
              )}
            </span>
          </label>
        </li>
      ))}
    </ul>
  )
}

/**
 * Who was there: the relationship's contacts (and a new face added on the spot, offline too)
 * and our own colleagues, as checkboxes.
 */
export function AttendeePicker(props: AttendeePickerProps) {
  const { contacts, colleagues, account } = props
  const accountName = account ? (account.short_name ?? account.name) : null
  return (
    <fieldset className="fieldset">
      <legend className="fieldset-legend">Attendees</legend>
      <h3 className="attendee-group-title">Their people</h3>
      {!account || !accountName ? (
        <p className="field-hint">Pick a relationship to list its contacts.</p>
      ) : !contacts ? (
        <p className="field-hint">Loading contacts…</p>
      ) : (
        <>
          {contacts.length === 0 ? (
            <p className="field-hint">No contacts recorded for {accountName} yet.</p>
          ) : (
            <CheckList
              rows={contacts.map((c) => ({ id: c.id, title: c.name, detail: c.title }))}
              selected={props.selected}
              onChange={props.onChange}
            />
          )}
          <NewAttendeeFields
            account={account}
            onAdded={(id) => props.onChange([...props.selected, id])}
          />
        </>
      )}
      {colleagues && colleagues.length > 0 && (
        <>
          <h3 className="attendee-group-title">Our people</h3>
          <CheckList
            rows={colleagues.map((c) => ({ id: c.userId, title: c.name }))}
            selected={props.selectedColleagues}
            onChange={props.onColleaguesChange}
          />
        </>
      )}
    </fieldset>
  )
}
