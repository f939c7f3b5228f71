import { storedText } from '../../../api/contract/text-rules.ts'
import type { CheckinInput } from '../../local/checkins.ts'
import { parseLocalDateTime, type CheckinDraft } from './checkin-draft.ts'

/**
 * The draft as `createCheckin` takes it: blank texts become null, the time becomes ISO-8601,
 * and the inline commitments travel with it so they are saved in the same transaction.
 * Call only with a draft that passed `validateDraft`.
 */
export function toCheckinInput(draft: CheckinDraft, accountId: string): CheckinInput {
  const occurred = parseLocalDateTime(draft.occurredAt) ?? new Date()
  return {
    id: draft.id,
    account_id: accountId,
    kind: draft.kind,
    occurred_at: occurred.toISOString(),
    attendee_contact_ids: [...new Set(draft.attendeeIds)],
    attendee_user_ids: [...new Set(draft.colleagueIds)],
    summary: storedText(draft.summary),
    notes: storedText(draft.notes),
    trust_pulse: draft.pulse,
    start_doing: storedText(draft.startDoing),
    stop_doing: storedText(draft.stopDoing),
    continue_doing: storedText(draft.continueDoing),
    strategic_invite: draft.strategicInvite,
    visibility: draft.isPrivate ? 'private' : 'org',
    commitments: draft.commitments.map((row) => ({
      title: row.title.trim(),
      owner_side: row.side,
      due_on: row.due === '' ? null : row.due,
    })),
    valueIdeas: draft.valueIdeas.map((row) => ({ title: row.title.trim() })),
    forum_id: draft.kind === 'forum' ? draft.forumId : null,
    decisions: draft.decisions.map((row) => ({ title: row.title.trim(), status: row.status })),
    risks: draft.risks.map((row) => ({
      title: row.title.trim(),
      kind: row.kind,
      likelihood: row.likelihood ?? 1,
      impact: row.impact ?? 1,
    })),
  }
}
