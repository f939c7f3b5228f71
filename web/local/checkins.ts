import type { Fields } from '../../api/contract/tables.ts'
import type { LocalDb } from './local-db.ts'
import { LocalWriteError, writeRow, writeRows, type RowWrite } from './local-write.ts'
import { newId } from './new-id.ts'
import { assigneeAt, refuseIfColleaguesCommitments } from './private-commitments.ts'
import { recordDecision, type DecisionInput } from './governance.ts'
import { raiseRisk, type RiskInput } from './risks.ts'
import { createValueItem } from './value-items.ts'
import { accountOrg, deviceUser } from './write-context.ts'

type Checkin = Fields<'checkins'>
type ActionItem = Fields<'action_items'>

/** A commitment made during a check-in (or on its own, see `addCommitment`). */
export type CommitmentInput = Pick<ActionItem, 'title' | 'owner_side'> &
  Partial<Pick<ActionItem, 'details' | 'due_on' | 'assignee_user_id' | 'contact_id'>> & {
    id?: string
  }

/** An idea heard during a check-in, recorded as a value item of the same relationship. */
export interface ValueIdeaInput {
  title: string
  outcome?: string | null
}

export type CheckinInput = Pick<Checkin, 'account_id' | 'kind'> &
  Partial<Omit<Checkin, 'account_id' | 'kind' | 'captured_at'>> & {
    id?: string
    commitments?: CommitmentInput[]
    valueIdeas?: ValueIdeaInput[]
    /** Decisions taken at the meeting (a forum's, when `forum_id` is set). */
    decisions?: Omit<DecisionInput, 'checkin_id' | 'forum_id' | 'account_id'>[]
    /** Risks raised in the conversation, for the same relationship. */
    risks?: Omit<RiskInput, 'account_id'>[]
  }

/**
 * The full field set of a new commitment, so the create carries every column.
 */
export function commitmentFields(
  orgId: string,
  accountId: string,
  checkinId: string | null,
  input: CommitmentInput,
) {
  return {
    org_id: orgId,
    account_id: accountId,
    checkin_id: checkinId,
    title: input.title,
    details: input.details ?? null,
    owner_side: input.owner_side,
    assignee_user_id: input.assignee_user_id ?? null,
    contact_id: input.contact_id ?? null,
    due_on: input.due_on ?? null,
    status: 'open' as const,
    completed_at: null,
  }
}

/**
 * Saves a check-in with its inline commitments, value ideas, decisions and risks in one
 * transaction, offline or not; the author is the device's signed-in person. Each idea becomes a
 * value item of the relationship at stage `idea`; decisions belong to the meeting (and its
 * forum); risks to the relationship. Returns the check-in's id.
 *
 * @example
 * const id = await createCheckin(db, {
 *   account_id, kind: 'visit', notes: 'Budget cut', trust_pulse: 3,
 *   commitments: [{ title: 'Send the roadmap', owner_side: 'us', due_on: '2026-12-01' }],
 * })
 */
export async function createCheckin(db: LocalDb, input: CheckinInput): Promise<string> {
  const {
    commitments = [],
    valueIdeas = [],
    decisions = [],
    risks = [],
    id = newId(),
    ...fields
  } = input
  const now = new Date()
  return db.transaction('rw', db.writeScope(), async () => {
    if (decisions.length > 0 && fields.visibility === 'private') {
      // The server refuses it too: a decision is the org's, and would show the check-in.
      throw new LocalWriteError('A private check-in can’t record decisions: they are the org’s')
    }
    const [orgId, authorId] = await Promise.all([accountOrg(db, fields.account_id), deviceUser(db)])
    const checkin: Checkin = {
      account_id: fields.account_id,
      occurred_at: fields.occurred_at ?? now.toISOString(),
      kind: fields.kind,
      attendee_contact_ids: fields.attendee_contact_ids ?? [],
      attendee_user_ids: fields.attendee_user_ids ?? [],
      summary: fields.summary ?? null,
      notes: fields.notes ?? null,
      trust_pulse: fields.trust_pulse ?? null,
      start_doing: fields.start_doing ?? null,
      stop_doing: fields.stop_doing ?? null,
      continue_doing: fields.continue_doing ?? null,
      strategic_invite: fields.strategic_invite ?? false,
      visibility: fields.visibility ?? 'org',
      captured_at: now.toISOString(),
      forum_id: fields.forum_id ?? null,
    }
    const privacy = { visibility: checkin.visibility, author_id: authorId }
    const items = commitments.map((commitment): RowWrite => {
      const assigned = { ...commitment, assignee_user_id: assigneeAt(privacy, commitment) }
      const fieldsOf = commitmentFields(orgId, fields.account_id, id, assigned)
      return { table: 'action_items', id: commitment.id ?? newId(), fields: fieldsOf, create: true }
    })
    const row = { ...checkin, org_id: orgId, author_id: authorId }
    await writeRows(db, [{ table: 'checkins', id, fields: row, create: true }, ...items], { now })
    for (const idea of valueIdeas) {
      await createValueItem(db, {
        ...idea,
        account_id: fields.account_id,
        stage: 'idea',
        note: 'Raised in a check-in',
      })
    }
    for (const decision of decisions) {
      await recordDecision(db, {
        ...decision,
        checkin_id: id,
        forum_id: checkin.forum_id,
        account_id: checkin.forum_id ? null : fields.account_id,
        decided_on: decision.decided_on ?? checkin.occurred_at.slice(0, 10),
      })
    }
    for (const risk of risks) await raiseRisk(db, { ...risk, account_id: fields.account_id })
    return id
  })
}

/**
 * Whether decisions (not deleted) hang off a check-in: it then stays shared with the org.
 */
export async function hasLiveDecisions(db: LocalDb, checkinId: string): Promise<boolean> {
  const decisions = await db.decisions.where('checkin_id').equals(checkinId).toArray()
  return decisions.some((decision) => !decision.deleted_at)
}

/**
 * Edits a check-in; only its author may (the server enforces the same), and it cannot become
 * private while the org's decisions come from it or a colleague's commitments were made at it.
 */
export async function updateCheckin(
  db: LocalDb,
  id: string,
  fields: Partial<Omit<Checkin, 'account_id'>>,
): Promise<number> {
  return db.transaction('rw', db.writeScope(), async () => {
    const row = await db.checkins.get(id)
    if (row && row.author_id !== (await deviceUser(db))) {
      throw new LocalWriteError('Only the person who wrote this check-in can edit it')
    }
    if (fields.visibility === 'private' && (await hasLiveDecisions(db, id))) {
      // The server refuses it too: the org's decisions point at this check-in.
      throw new LocalWriteError(
        'Decisions shared with the organisation come from this check-in, so it can’t be made private',
      )
    }
    if (fields.visibility === 'private' && row) await refuseIfColleaguesCommitments(db, row)
    return writeRow(db, 'checkins', id, fields)
  })
}
