import { Dexie } from 'dexie'
import { useLiveQuery } from 'dexie-react-hooks'
import type { LocalDb, LocalRow } from '../../local/local-db.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { lastEngaged } from './last-engaged.ts'

export interface AccountContacts {
  account: LocalRow<'accounts'> | null
  contacts: LocalRow<'contacts'>[]
  engaged: Map<string, string>
  /** Contacts with changes still waiting for the server. */
  waiting: Set<string>
}

async function readContacts(db: LocalDb, accountId: string, userId: string) {
  const [account, contacts, checkins, pending] = await Promise.all([
    db.accounts.get(accountId),
    db.contacts.where('account_id').equals(accountId).toArray(),
    db.checkins
      .where('[account_id+occurred_at]')
      .between([accountId, Dexie.minKey], [accountId, Dexie.maxKey])
      .toArray(),
    db.outbox
      .where('[table+id]')
      .between(['contacts', Dexie.minKey], ['contacts', Dexie.maxKey])
      .toArray(),
  ])
  return {
    account: account && !account.deleted_at ? account : null,
    contacts: contacts
      .filter((contact) => !contact.deleted_at)
      .sort((a, b) => a.name.localeCompare(b.name)),
    engaged: lastEngaged(checkins, userId),
    waiting: new Set(pending.map((entry) => entry.id)),
  }
}

/**
 * A relationship's contacts by name, with when each last took part in one of its check-ins;
 * live, undefined while the first read runs.
 */
export function useAccountContacts(accountId: string, userId: string) {
  const db = useLocalDb()
  return useLiveQuery(
    (): Promise<AccountContacts> => readContacts(db, accountId, userId),
    [db, accountId, userId],
  )
}
