import { useMemo } from 'react'
import { Link } from '../../app/link.tsx'
import { relativeTime } from '../../app/relative-time.ts'
import { useNow } from '../../app/use-now.ts'
import type { AccountRows } from '../trust/trust-inputs.ts'
import { contactsHref } from '../../app/routes.ts'
import { mailtoHref, telHref } from '../contacts/contact-links.ts'
import {
  influenceLabels,
  keyContacts,
  lastEngagedByContact,
  type KeyContact,
} from './key-contacts-order.ts'

const shownContacts = 4

function ContactCard({ item, now }: { item: KeyContact; now: Date }) {
  const { contact, lastEngagedAt } = item
  const tel = contact.phone ? telHref(contact.phone) : null
  const mailto = contact.email ? mailtoHref(contact.email) : null
  return (
    <li className="key-contact-card">
      <div className="key-contact-text">
        <p className="key-contact-name">
          {contact.name}
          {contact.influence && (
            <span className={`tag influence influence-${contact.influence}`}>
              {influenceLabels[contact.influence]}
            </span>
          )}
        </p>
        {contact.title && <p className="key-contact-title">{contact.title}</p>}
        <p className="key-contact-engaged">
          {lastEngagedAt ? `Last engaged ${relativeTime(lastEngagedAt, now)}` : 'Not engaged yet'}
        </p>
      </div>
      {(tel || mailto) && (
        <div className="key-contact-actions">
          {tel && (
            <a
              className="button button-secondary button-small"
              href={tel}
              aria-label={`Call ${contact.name}`}
            >
              Call
            </a>
          )}
          {mailto && (
            <a
              className="button button-secondary button-small"
              href={mailto}
              aria-label={`Email ${contact.name}`}
            >
              Email
            </a>
          )}
        </div>
      )}
    </li>
  )
}

/**
 * The relationship's key people — decision makers and champions first — with their influence,
 * when they were last engaged, and one tap to call or e-mail.
 */
export function KeyContacts(props: { accountId: string; rows: AccountRows; viewerId: string }) {
  const now = useNow(60_000)
  const { contacts, checkins } = props.rows
  const key = useMemo(
    () => keyContacts(contacts, lastEngagedByContact(checkins, props.viewerId), shownContacts),
    [contacts, checkins, props.viewerId],
  )
  const total = contacts.filter((c) => !c.deleted_at).length
  return (
    <section className="panel" aria-labelledby="contacts-title">
      <h2 id="contacts-title" className="panel-title">
        Key contacts <span className="count">({total})</span>
      </h2>
      {key.length === 0 ? (
        <p className="field-hint">
          No contacts yet. Add the people you meet under All contacts, then pick them as attendees
          when you check in.
        </p>
      ) : (
        <ul className="key-contact-list">
          {key.map((item) => (
            <ContactCard key={item.contact.id} item={item} now={now} />
          ))}
        </ul>
      )}
      <Link
        href={contactsHref(props.accountId)}
        className="button button-secondary key-contacts-all"
      >
        All contacts
      </Link>
    </section>
  )
}
