/** What finding a contact's last engagement needs of a check-in. */
export interface EngagementCheckin {
  occurred_at: string
  attendee_contact_ids: readonly string[]
  deleted_at: string | null
  visibility: 'org' | 'private'
  author_id: string
}

/**
 * When each contact last took part in a check-in (the latest `occurred_at` listing them as an
 * attendee), counting only check-ins the person may see.
 *
 * @example
 * lastEngaged(checkins, userId).get(contactId) // '2026-11-20T10:00:00.000Z'
 */
export function lastEngaged(
  checkins: readonly EngagementCheckin[],
  userId: string,
): Map<string, string> {
  const latest = new Map<string, string>()
  for (const checkin of checkins) {
    if (checkin.deleted_at) continue
    if (checkin.visibility === 'private' && checkin.author_id !== userId) continue
    for (const contactId of checkin.attendee_contact_ids) {
      const known = latest.get(contactId)
      if (!known || Date.parse(checkin.occurred_at) > Date.parse(known)) {
        latest.set(contactId, checkin.occurred_at)
      }
    }
  }
  return latest
}
