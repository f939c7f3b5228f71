import type { LocalRow } from '../../local/local-db.ts'

export interface AttendeePickerProps {
  /** The relationship's contacts; undefined while loading or before one is picked. */
  contacts: LocalRow<'contacts'>[] | undefined
  accountName: string | null
  selected: string[]
  onChange: (ids: string[]) => void
}

/**
 * Who was there, from the relationship's contacts, as checkboxes.
 *
 * @example
 * <AttendeePicker contacts={contacts} accountName="Revenue" selected={ids} onChange={setIds} />
 */
export function AttendeePicker({ contacts, accountName, selected, onChange }: AttendeePickerProps) {
  function toggle(id: string, on: boolean) {
    onChange(on ? [...selected, id] : selected.filter((other) => other !== id))
  }
  return (
    <fieldset className="fieldset">
      <legend className="fieldset-legend">Attendees</legend>
      {!accountName ? (
        <p className="field-hint">Pick a relationship to list its contacts.</p>
      ) : !contacts ? (
        <p className="field-hint">Loading contacts…</p>
      ) : contacts.length === 0 ? (
        <p className="field-hint">No contacts recorded for {accountName} yet.</p>
      ) : (
        <ul className="check-list">
          {contacts.map((contact) => (
            <li key={contact.id}>
              <label className="check-row">
                <input
                  type="checkbox"
                  checked={selected.includes(contact.id)}
                  onChange={(event) => toggle(contact.id, event.target.checked)}
                />
                <span className="check-row-text">
                  <span className="check-row-title">{contact.name}</span>
                  {contact.title && (
                    <>
                      {' '}
                      <span className="check-row-detail">{contact.title}</span>
                    </>
                  )}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  )
}
