import type { AssignmentRole } from '../../api/contract/assignment-load.ts'
import type { LocalDb } from './local-db.ts'
import { deleteRow, LocalWriteError, writeRows, type RowWrite } from './local-write.ts'
import { newId } from './new-id.ts'
import { accountOrg } from './write-context.ts'

/** Who to assign to which relationship, and how. */
export interface ManagerAssignment {
  accountId: string
  userId: string
  role: AssignmentRole
}

async function liveAssignments(db: LocalDb, accountId: string) {
  const rows = await db.assignments.where('account_id').equals(accountId).toArray()
  return rows.filter((row) => !row.deleted_at)
}

async function requireMember(db: LocalDb, orgId: string, userId: string) {
  const members = await db.members.where('user_id').equals(userId).toArray()
  if (!members.some((m) => m.org_id === orgId && !m.deleted_at)) {
    throw new LocalWriteError('That person is not a member of this organisation')
  }
}

/**
 * Assigns a person to a relationship as its primary or a secondary manager (admins; the server
 * refuses others), in one transaction. A person already assigned keeps their assignment with
 * the new role (one live assignment per person and relationship, as the database's unique
 * index says). A relationship has one primary: naming a new one makes the previous primary a
 * secondary. Returns the assignment's id.
 */
export async function assignManager(db: LocalDb, assignment: ManagerAssignment): Promise<string> {
  const { accountId, userId, role } = assignment
  return db.transaction('rw', db.writeScope(), async () => {
    const orgId = await accountOrg(db, accountId)
    await requireMember(db, orgId, userId)
    const live = await liveAssignments(db, accountId)
    const existing = live.find((row) => row.user_id === userId)
    const id = existing?.id ?? newId()
    const writes: RowWrite[] = []
    if (role === 'primary') {
      for (const other of live) {
        if (other.role === 'primary' && other.user_id !== userId) {
          writes.push({ table: 'assignments', id: other.id, fields: { role: 'secondary' } })
        }
      }
    }
    if (!existing) {
      const fields = { org_id: orgId, account_id: accountId, user_id: userId, role }
      writes.push({ table: 'assignments', id, fields, create: true })
    } else if (existing.role !== role) {
      writes.push({ table: 'assignments', id, fields: { role } })
    }
    if (writes.length > 0) await writeRows(db, writes)
    return id
  })
}

/**
 * Takes a person off a relationship: the assignment is tombstoned, and they may be assigned
 * again later with a new one. Returns the change's seq, or null when it is not on the device.
 */
export async function unassign(db: LocalDb, assignmentId: string): Promise<number | null> {
  return deleteRow(db, 'assignments', assignmentId)
}
