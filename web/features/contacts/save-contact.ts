import type { LocalDb } from '../../local/local-db.ts'
import { writeRow } from '../../local/local-write.ts'
import { newId } from '../../local/new-id.ts'
import { contactFields, type ContactDraft } from './contact-draft.ts'

/**
 * Saves a contact on this device, queued for sync: a new one under the account (in the account's
 * org), or changes to an existing one. Returns the contact's id.
 *
 * @example
 * await saveContact(db, { id: account.id, org_id: account.org_id }, null, draft)
 */
export async function saveContact(
  db: LocalDb,
  account: { id: string; org_id: string },
  contactId: string | null,
  draft: ContactDraft,
): Promise<string> {
  const fields = contactFields(draft)
  if (contactId) {
    await writeRow(db, 'contacts', contactId, fields)
    return contactId
  }
  const id = newId()
  await writeRow(
    db,
    'contacts',
    id,
    { ...fields, account_id: account.id, org_id: account.org_id },
    { create: true },
  )
  return id
}
