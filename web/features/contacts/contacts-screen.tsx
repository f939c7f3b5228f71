import { useState } from 'react'
import { Link } from '../../app/link.tsx'
import { relationshipHref } from '../../app/routes.ts'
import { useNow } from '../../app/use-now.ts'
import { useFocusLater } from '../../ui/forms/use-focus-later.ts'
import { EmptyState, Screen } from '../../ui/screen.tsx'
import { useCanWrite, useSignedIn } from '../../app/shell/signed-in.tsx'
import { StatusMessage } from '../../ui/status-message.tsx'
import { ContactCard, editButtonId } from './contact-card.tsx'
import { ContactForm } from './contact-form.tsx'
import { useAccountContacts } from './use-account-contacts.ts'
import { RelationshipMissing } from '../relationship/relationship-missing.tsx'

const addButtonId = 'add-contact'

/**
 * A relationship's stakeholders: influence, when each was last engaged, call or e-mail in a tap;
 * added and edited on the device, offline too.
 */
export function ContactsScreen({ accountId }: { accountId: string }) {
  const { userId } = useSignedIn()
  const canWrite = useCanWrite()
  const now = useNow(60_000)
  const focusLater = useFocusLater()
  const data = useAccountContacts(accountId, userId)
  const [editing, setEditing] = useState<string | null>(null)
  const [message, setMessage] = useState<{ text: string; n: number } | null>(null)

  if (data === undefined) {
    return (
      <Screen title="Contacts">
        <p className="loading-note">Loading…</p>
      </Screen>
    )
  }
  const { account, contacts, engaged, waiting } = data
  if (!account) {
    return <RelationshipMissing screenTitle="Contacts" />
  }

  function close(saved: string | null, returnTo: string) {
    setEditing(null)
    if (saved) setMessage((m) => ({ text: `Saved: ${saved} — will sync`, n: (m?.n ?? 0) + 1 }))
    focusLater(returnTo)
  }

  return (
    <Screen title="Contacts">
      <p className="screen-subtitle">
        <Link href={relationshipHref(account.id)}>{account.name}</Link>
      </p>
      <StatusMessage message={message?.text ?? null} nonce={message?.n ?? 0} />
      {canWrite &&
        (editing === 'new' ? (
          <section className="panel">
            <ContactForm
              account={account}
              contact={null}
              onDone={(saved) => close(saved, addButtonId)}
            />
          </section>
        ) : (
          <button
            id={addButtonId}
            type="button"
            className="button button-secondary"
            onClick={() => {
              setEditing('new')
              focusLater('new-contact-name')
            }}
          >
            Add contact
          </button>
        ))}
      {contacts.length === 0 ? (
        <EmptyState title="No contacts yet">
          Add the people you meet — the decision makers, champions and skeptics — so check-ins can
          list them and the trust index can count how broadly you are engaged.
        </EmptyState>
      ) : (
        <ul className="contact-list" aria-label={`Contacts at ${account.name}`}>
          {contacts.map((contact) =>
            editing === contact.id ? (
              <li key={contact.id} className="contact-card">
                <ContactForm
                  account={account}
                  contact={contact}
                  onDone={(saved) => close(saved, editButtonId(contact.id))}
                />
              </li>
            ) : (
              <ContactCard
                key={contact.id}
                contact={contact}
                engagedAt={engaged.get(contact.id) ?? null}
                now={now}
                waiting={waiting.has(contact.id)}
                onEdit={
                  canWrite && editing === null
                    ? () => {
                        setEditing(contact.id)
                        focusLater(`contact-${contact.id}-name`)
                      }
                    : null
                }
              />
            ),
          )}
        </ul>
      )}
    </Screen>
  )
}
