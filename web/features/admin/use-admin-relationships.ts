import { useLiveQuery } from 'dexie-react-hooks'
import { isInTrustMath } from '../../../api/contract/account-status.ts'
import { managerLoads, type ManagerLoad } from '../../../api/contract/assignment-load.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { memberName } from '../../local/member-names.ts'
import { useLocalDb } from '../../local/use-local-db.ts'

export interface Assignee {
  assignmentId: string
  userId: string
  name: string
  role: LocalRow<'assignments'>['role']
}

export interface AdminRelationship {
  account: LocalRow<'accounts'>
  /** Primary first, then by name. */
  assignees: Assignee[]
}

export interface Person {
  userId: string
  name: string
  role: LocalRow<'members'>['role']
}

export interface AdminRelationships {
  active: AdminRelationship[]
  archived: AdminRelationship[]
  /** The office's current members who may hold a relationship (everyone but viewers). */
  people: Person[]
  /** What each person holds of the active relationships, by user id. */
  loads: Map<string, ManagerLoad>
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name)

/**
 * Every relationship on the device with who holds it, active and archived apart, and the
 * people who could be assigned: the admin's relationships list, offline.
 */
export function useAdminRelationships(): AdminRelationships | undefined {
  const db = useLocalDb()
  return useLiveQuery(async () => {
    const [accounts, assignments, members] = await Promise.all([
      db.accounts.toArray(),
      db.assignments.toArray(),
      db.members.toArray(),
    ])
    const current = members.filter((m) => !m.deleted_at)
    const names = new Map(current.map((m) => [m.user_id, memberName(m)]))
    const held = new Map<string, Assignee[]>()
    for (const a of assignments) {
      if (a.deleted_at) continue
      const list = held.get(a.account_id) ?? []
      list.push({
        assignmentId: a.id,
        userId: a.user_id,
        name: names.get(a.user_id) ?? 'A former member',
        role: a.role,
      })
      held.set(a.account_id, list)
    }
    const rows = accounts
      .filter((account) => !account.deleted_at)
      .map((account) => ({
        account,
        assignees: (held.get(account.id) ?? []).sort(
          (a, b) => Number(b.role === 'primary') - Number(a.role === 'primary') || byName(a, b),
        ),
      }))
      .sort((a, b) => a.account.name.localeCompare(b.account.name))
    return {
      active: rows.filter((row) => isInTrustMath(row.account)),
      archived: rows.filter((row) => !isInTrustMath(row.account)),
      people: current
        .filter((m) => m.role !== 'viewer')
        .map((m) => ({ userId: m.user_id, name: memberName(m), role: m.role }))
        .sort(byName),
      loads: managerLoads(assignments, accounts),
    }
  }, [db])
}
