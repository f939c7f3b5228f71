import type { Fields } from '../../api/contract/tables.ts'
import type { LocalDb } from './local-db.ts'
import { LocalWriteError, writeRow } from './local-write.ts'
import { newId } from './new-id.ts'
import { accountOrg, deviceOrg } from './write-context.ts'

type Decision = Fields<'decisions'>
type Forum = Fields<'forums'>
type ForumMember = Fields<'forum_members'>

export type DecisionInput = Pick<Decision, 'title'> & Partial<Omit<Decision, 'title'>>

async function orgOfDecision(db: LocalDb, input: DecisionInput): Promise<string> {
  if (input.account_id) return accountOrg(db, input.account_id)
  const forum = input.forum_id ? await db.forums.get(input.forum_id) : undefined
  if (forum) return forum.org_id
  const checkin = input.checkin_id ? await db.checkins.get(input.checkin_id) : undefined
  if (checkin) return checkin.org_id
  throw new LocalWriteError('A decision belongs to a forum, a meeting or a relationship')
}

/**
 * Records a decision — of a forum, a meeting (check-in) or a relationship — on the device.
 * Returns its id. Joins the caller's transaction (a meeting saved with its decisions).
 */
export async function recordDecision(db: LocalDb, input: DecisionInput): Promise<string> {
  const id = newId()
  await db.transaction('rw', db.writeScope(), async () => {
    const fields: Decision = {
      forum_id: input.forum_id ?? null,
      checkin_id: input.checkin_id ?? null,
      account_id: input.account_id ?? null,
      title: input.title,
      rationale: input.rationale ?? null,
      decided_on: input.decided_on ?? null,
      status: input.status ?? 'proposed',
    }
    const orgId = await orgOfDecision(db, input)
    await writeRow(db, 'decisions', id, { ...fields, org_id: orgId }, { create: true })
  })
  return id
}

/**
 * Changes a decision: its status (decided, reversed), words or day.
 */
export async function updateDecision(db: LocalDb, id: string, change: Partial<Decision>) {
  return writeRow(db, 'decisions', id, change)
}

/**
 * Creates a forum of the device's organisation (leads and admins; the server refuses others).
 * Returns its id.
 */
export async function createForum(
  db: LocalDb,
  input: Pick<Forum, 'name'> & Partial<Forum>,
): Promise<string> {
  const id = newId()
  const orgId = await deviceOrg(db)
  const fields: Forum = {
    name: input.name,
    purpose: input.purpose ?? 'strategic',
    charter: input.charter ?? null,
    cadence_days: input.cadence_days ?? null,
    co_chairs: input.co_chairs ?? null,
  }
  await writeRow(db, 'forums', id, { ...fields, org_id: orgId }, { create: true })
  return id
}

/**
 * Changes a forum's charter, purpose, cadence, co-chairs or name.
 */
export async function updateForum(db: LocalDb, id: string, change: Partial<Forum>) {
  return writeRow(db, 'forums', id, change)
}

/**
 * Seats one member on a forum: exactly one of an account, a contact or one of our people.
 */
export async function addForumMember(
  db: LocalDb,
  forum: { id: string; org_id: string },
  seat: Partial<Pick<ForumMember, 'account_id' | 'contact_id' | 'user_id'>> &
    Pick<ForumMember, 'role'>,
): Promise<string> {
  const filled = [seat.account_id, seat.contact_id, seat.user_id].filter(Boolean).length
  if (filled !== 1) throw new LocalWriteError('A forum member is one account, contact or person')
  const id = newId()
  const fields: ForumMember = {
    forum_id: forum.id,
    account_id: seat.account_id ?? null,
    contact_id: seat.contact_id ?? null,
    user_id: seat.user_id ?? null,
    role: seat.role,
  }
  await writeRow(db, 'forum_members', id, { ...fields, org_id: forum.org_id }, { create: true })
  return id
}
