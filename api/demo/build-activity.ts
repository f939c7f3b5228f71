import { demoUuid } from './ids.ts'
import { checkinNotes, commitmentDetails } from './notes.ts'
import type { BuildContext } from './context.ts'
import type { CommitmentSpec, VisitSpec } from './specs.ts'
import type { ActionItemRow, CheckinRow } from './types.ts'

const minutesTaken = { visit: 90, meeting: 60, forum: 120, call: 30, email: 5, other: 20 }

/**
 * One check-in row from its spec. Times fall in a US working day (13:00–21:00 UTC) of a day
 * before the anchor's, so nothing is ever in the future whatever the hour of the anchor.
 */
export function buildCheckin(
  context: BuildContext,
  accountKey: string,
  id: string,
  spec: VisitSpec,
  forumId: string | null = null,
): CheckinRow {
  const { clock, random } = context
  const account = context.account(accountKey)
  const occurredAt = clock.at(spec.ago, random.int(13 * 12, 21 * 12) * 5)
  const capturedAt = new Date(
    occurredAt.getTime() + (minutesTaken[spec.kind] + random.int(2, 40)) * 60_000,
  )
  const attendees = spec.with.map((index) => {
    const contact = account.contacts[index]
    if (!contact) throw new Error(`${accountKey} has no contact ${index}`)
    return contact.id
  })
  return {
    id,
    org_id: account.row.org_id,
    account_id: account.row.id,
    author_id: context.userId(spec.by ?? account.owner),
    occurred_at: occurredAt,
    kind: spec.kind,
    attendee_contact_ids: attendees,
    attendee_user_ids: (spec.colleagues ?? []).map((key) => context.userId(key)),
    summary: spec.summary,
    notes: checkinNotes(random, spec.pulse, spec.note),
    trust_pulse: spec.pulse,
    start_doing: spec.ssc?.[0] ?? null,
    stop_doing: spec.ssc?.[1] ?? null,
    continue_doing: spec.ssc?.[2] ?? null,
    strategic_invite: spec.invite ?? false,
    visibility: spec.private ? 'private' : 'org',
    captured_at: capturedAt,
    forum_id: forumId,
    created_at: capturedAt,
    updated_at: capturedAt,
  }
}

/**
 * The check-ins of each account, ids keyed by account and position in its spec list.
 */
export function buildCheckins(
  context: BuildContext,
  visits: Record<string, VisitSpec[]>,
): CheckinRow[] {
  return Object.entries(visits).flatMap(([key, list]) =>
    list.map((spec, index) =>
      buildCheckin(context, key, demoUuid(`checkin:${key}:${index}`), spec),
    ),
  )
}

/** The newest shared check-in of the account held before the work was agreed and completed. */
function sourceCheckin(
  checkins: CheckinRow[],
  accountId: string,
  spec: CommitmentSpec,
  day0: Date,
) {
  const latestAgo = Math.max(5 - spec.due, spec.done === undefined ? 1 : 1 - spec.done, 1)
  const cutoff = day0.getTime() - latestAgo * 86_400_000
  return checkins
    .filter((row) => row.account_id === accountId && row.visibility === 'org')
    .filter((row) => row.occurred_at.getTime() < cutoff)
    .sort((a, b) => b.occurred_at.getTime() - a.occurred_at.getTime())[0]
}

/**
 * The commitment ledger. `done` two or more days after `due` is a late completion (it counts
 * against follow-through); an open item due before the anchor's day is overdue.
 */
export function buildActionItems(
  context: BuildContext,
  specs: CommitmentSpec[],
  checkins: CheckinRow[],
  idPrefix: string,
): ActionItemRow[] {
  const { clock, random } = context
  return specs.map((spec, index) => {
    const account = context.account(spec.account)
    const source = spec.link ? sourceCheckin(checkins, account.row.id, spec, clock.day0) : undefined
    const createdAgo = Math.max(21 - spec.due, spec.done === undefined ? 1 : 3 - spec.done, 1)
    const createdAt = source
      ? new Date(source.captured_at.getTime() + 10 * 60_000)
      : clock.at(createdAgo, random.int(14, 20) * 60)
    const completedAt =
      spec.status === 'done' && spec.done !== undefined
        ? clock.at(-spec.done, random.int(14 * 4, 21 * 4) * 15)
        : null
    const contact = account.contacts[spec.contact ?? (account.contacts.length > 1 ? 1 : 0)]
    return {
      id: demoUuid(`${idPrefix}:${index}`),
      org_id: account.row.org_id,
      account_id: account.row.id,
      checkin_id: source?.id ?? null,
      title: spec.title,
      details: commitmentDetails(random, spec.side),
      owner_side: spec.side,
      assignee_user_id: spec.side === 'us' ? context.userId(account.owner) : null,
      contact_id: spec.side === 'us' ? null : (contact?.id ?? null),
      due_on: clock.date(spec.due),
      status: spec.status,
      completed_at: completedAt,
      created_at: createdAt,
      updated_at: completedAt ?? (spec.status === 'dropped' ? clock.at(1, 16 * 60) : createdAt),
    }
  })
}
