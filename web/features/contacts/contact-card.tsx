import { relativeTime } from '../../app/relative-time.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { influenceLabels } from './contact-draft.ts'
import { mailtoHref, telHref } from './contact-links.ts'

export interface ContactCardProps {
  contact: LocalRow<'contacts'>
  /** When they last took part in a check-in, as ISO-8601; null when never. */
  engagedAt: string | null
  now: Date
  onEdit: (() => void) | null
  waiting: boolean
}

/** The id of a contact's Edit button, where the focus returns after its form closes. */
export const editButtonId = (contactId: string) => `edit-contact-${contactId}`

/**
 * One stakeholder: name, title, influence, when last engaged, and a tap to call or e-mail.
 */
export function ContactCard({ contact, engagedAt, now, onEdit, waiting }: ContactCardProps) {
  return (
    <li className="contact-card">
      <div className="contact-head">
        <h2 className="contact-name">{contact.name}</h2>
        {contact.influence && (
          <span className={`tag influence influence-${contact.influence}`}>
            {influenceLabels[contact.influence]}
          </span>
        )}
        {waiting && <span className="tag tag-waiting">Not synced yet</span>}
        {onEdit && (
          <button
            id={editButtonId(contact.id)}
            type="button"
            className="button button-quiet button-small contact-edit"
            onClick={onEdit}
          >
            Edit<span className="visually-hidden"> {contact.name}</span>
          </button>
        )}
      </div>
      {contact.title && <p className="contact-title">{contact.title}</p>}
      <p className="contact-engaged">
        {engagedAt ? (
          <>
            Last engaged{' '}
            <time dateTime={engagedAt} title={new Date(engagedAt).toLocaleString()}>
              {relativeTime(engagedAt, now)}
            </time>
          </>
        ) : (
          'Not at a check-in yet'
        )}
      </p>
      {(contact.phone || contact.email) && (
        <div className="contact-actions">
          {contact.phone && (
            <a className="contact-link" href={telHref(contact.phone) ?? undefined}>
              <span className="contact-link-label">
                Call<span className="visually-hidden"> {contact.name},</span>
              </span>
              <span className="contact-link-value">{contact.phone}</span>
            </a>
          )}
          {contact.email && (
            <a className="contact-link" href={mailtoHref(contact.email) ?? undefined}>
              <span className="contact-link-label">
                Email<span className="visually-hidden"> {contact.name},</span>
              </span>
              <span className="contact-link-value">{contact.email}</span>
            </a>
          )}
        </div>
      )}
    </li>
  )
}
