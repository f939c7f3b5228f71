import { useLiveQuery } from 'dexie-react-hooks'
import type { LocalDb, LocalRow } from '../../local/local-db.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { readRegisterItems, type RegisterItem } from '../value/register-items.ts'
import { supplierLinks, type SupplierLink } from '../vendors/supplier-links.ts'

/** A linked relationship with the account row it names. */
export interface ShownLink extends SupplierLink {
  account: LocalRow<'accounts'>
}

export interface ValueAndLinks {
  /** The relationship's own value items, then those it delivers as a vendor. */
  valueItems: RegisterItem[]
  /** The vendors serving this relationship. */
  vendors: ShownLink[]
  /** The relationships this vendor serves. */
  agencies: ShownLink[]
  /** A vendor's scorecards, every agency's and its overall ones; empty for others. */
  scorecards: LocalRow<'scorecards'>[]
  /** Names of the accounts the links and scorecards name, by id. */
  names: Map<string, string>
}

const live = <T extends { deleted_at: string | null }>(rows: (T | undefined)[]): T[] =>
  rows.filter((row): row is T => row !== undefined && !row.deleted_at)

/**
 * The forums this account sits on (itself or through a contact), with every seat of them, so
 * the others sitting there can be linked to it.
 */
async function forumSeats(db: LocalDb, accountId: string) {
  const contacts = live(await db.contacts.where('account_id').equals(accountId).toArray())
  const mine = await Promise.all([
    db.forum_members.where('account_id').equals(accountId).toArray(),
    db.forum_members
      .where('contact_id')
      .anyOf(contacts.map((c) => c.id))
      .toArray(),
  ])
  const forumIds = [...new Set(live(mine.flat()).map((seat) => seat.forum_id))]
  const [forums, seats] = await Promise.all([
    db.forums.bulkGet(forumIds),
    db.forum_members.where('forum_id').anyOf(forumIds).toArray(),
  ])
  const seatContacts = live(seats).flatMap((seat) => (seat.contact_id ? [seat.contact_id] : []))
  return {
    forums: live(forums),
    seats: live(seats),
    contacts: live(await db.contacts.bulkGet(seatContacts)),
  }
}

async function readValueAndLinks(
  db: LocalDb,
  account: Pick<LocalRow<'accounts'>, 'id' | 'kind'>,
  userId: string,
): Promise<ValueAndLinks> {
  const accountId = account.id
  const [own, asVendor, cardsAsAgency, cardsAsVendor, forums] = await Promise.all([
    db.value_items.where('account_id').equals(accountId).toArray(),
    db.value_items.where('vendor_account_id').equals(accountId).toArray(),
    db.scorecards.where('agency_account_id').equals(accountId).toArray(),
    db.scorecards.where('vendor_account_id').equals(accountId).toArray(),
    forumSeats(db, accountId),
  ])
  const items = [...own, ...asVendor]
  const scorecards = [...cardsAsAgency, ...cardsAsVendor]
  const mentioned = new Set([
    ...items.flatMap((v) => [v.account_id, v.vendor_account_id ?? '']),
    ...scorecards.flatMap((s) => [s.vendor_account_id, s.agency_account_id ?? '']),
    ...forums.seats.flatMap((s) => [s.account_id ?? '']),
    ...forums.contacts.map((c) => c.account_id),
  ])
  mentioned.delete('')
  const accounts = live(await db.accounts.bulkGet([...mentioned]))
  const byId = new Map(accounts.map((a) => [a.id, a]))
  const links = supplierLinks({
    accounts,
    valueItems: items,
    scorecards,
    forums: forums.forums,
    forumMembers: forums.seats,
    contacts: forums.contacts,
  })
  const shown = (list: SupplierLink[], other: (link: SupplierLink) => string) =>
    list
      .flatMap((link) => {
        const found = byId.get(other(link))
        return found ? [{ ...link, account: found }] : []
      })
      .sort((a, b) => a.account.name.localeCompare(b.account.name))
  return {
    valueItems: await readRegisterItems(db, items, userId),
    vendors: shown(
      links.filter((l) => l.agencyId === accountId),
      (l) => l.vendorId,
    ),
    agencies: shown(
      links.filter((l) => l.vendorId === accountId),
      (l) => l.agencyId,
    ),
    scorecards: account.kind === 'vendor' ? cardsAsVendor.filter((c) => !c.deleted_at) : [],
    names: new Map(accounts.map((a) => [a.id, a.name])),
  }
}

/**
 * A relationship's value items, the vendors or agencies it is linked to (by value items,
 * scorecards and forums) and, for a vendor, its scorecards, live; undefined while the first
 * read runs.
 */
export function useValueAndLinks(
  account: Pick<LocalRow<'accounts'>, 'id' | 'kind'>,
  userId: string,
): ValueAndLinks | undefined {
  const db = useLocalDb()
  const { id, kind } = account
  return useLiveQuery(() => readValueAndLinks(db, { id, kind }, userId), [db, id, kind, userId])
}
