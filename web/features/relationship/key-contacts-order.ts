import type { Fields } from '../../../api/contract/tables.ts'
import type { LocalRow } from '../../local/local-db.ts'

export type Influence = NonNullable<Fields<'contacts'>['influence']>

export const influenceLabels: Record<Influence, string> = {
  decision_maker: 'Decision maker',
  champion: 'Champion',
  influencer: 'Influencer',
  detractor: 'Detractor',
  user: 'User',
}

const time = (iso: string | null) => (iso ? Date.parse(iso) : 0)

const influenceRank: Record<Influence, number> = {
  decision_maker: 0,
  champion: 1,
  influencer: 2,
  detractor: 3,
  user: 4,
}

/**
 * When each contact last attended a check-in the viewer may see (others' private check-ins do
 * not count), as ISO-8601 by contact id.
 *
 * @example
 * lastEngagedByContact(checkins, me).get(contactId) // '2026-11-20T10:00:00.000Z'
 */
export function lastEngagedByContact(
  checkins: readonly LocalRow<'checkins'>[],
  viewerId: string,
): Map<string, string> {
  const last = new Map<string, string>()
  for (const checkin of checkins) {
    if (checkin.deleted_at) continue
    if (checkin.visibility === 'private' && checkin.author_id !== viewerId) continue
    const at = checkin.occurred_at
    for (const id of checkin.attendee_contact_ids) {
      const seen = last.get(id)
      if (!seen || Date.parse(seen) < Date.parse(at)) last.set(id, at)
    }
  }
  return last
}

/** A contact with when they were last engaged. */
export interface KeyContact {
  contact: LocalRow<'contacts'>
  lastEngagedAt: string | null
}

/**
 * The contacts a briefing shows first: decision makers, champions, influencers, detractors,
 * users, untagged; the most recently engaged first within each; at most `limit`.
 */
export function keyContacts(
  contacts: readonly LocalRow<'contacts'>[],
  lastEngaged: Map<string, string>,
  limit: number,
): KeyContact[] {
  const rank = (c: LocalRow<'contacts'>) => (c.influence ? influenceRank[c.influence] : 5)
  return contacts
    .filter((contact) => !contact.deleted_at)
    .map((contact) => ({ contact, lastEngagedAt: lastEngaged.get(contact.id) ?? null }))
    .sort(
      (a, b) =>
        rank(a.contact) - rank(b.contact) ||
        time(b.lastEngagedAt) - time(a.lastEngagedAt) ||
        a.contact.name.localeCompare(b.contact.name),
    )
    .slice(0, limit)
}
