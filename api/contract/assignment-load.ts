import { isInTrustMath } from './account-status.ts'

/** How a manager holds a relationship: its primary (its owner) or a secondary. */
export const assignmentRoles = ['primary', 'secondary'] as const
export type AssignmentRole = (typeof assignmentRoles)[number]

/** What a manager's load reads of an assignment. */
export interface LoadAssignment {
  account_id: string
  user_id: string
  role: AssignmentRole
  deleted_at?: string | null
}

/** What a manager's load reads of a relationship. */
export interface LoadAccount {
  id: string
  status: string
  deleted_at?: string | null
}

/** How many relationships in the trust math a person holds, as primary and as secondary. */
export interface ManagerLoad {
  userId: string
  primary: number
  secondary: number
}

/**
 * Each person's load: their live assignments on relationships in the trust math (archived and
 * deleted ones do not count), by role. People with no such assignment are absent.
 *
 * @example
 * managerLoads(assignments, accounts).get(anaId) // { userId: anaId, primary: 12, secondary: 3 }
 */
export function managerLoads(
  assignments: readonly LoadAssignment[],
  accounts: readonly LoadAccount[],
): Map<string, ManagerLoad> {
  const counted = new Set(accounts.filter(isInTrustMath).map((account) => account.id))
  const loads = new Map<string, ManagerLoad>()
  for (const assignment of assignments) {
    if (assignment.deleted_at || !counted.has(assignment.account_id)) continue
    const load = loads.get(assignment.user_id) ?? {
      userId: assignment.user_id,
      primary: 0,
      secondary: 0,
    }
    load[assignment.role] += 1
    loads.set(assignment.user_id, load)
  }
  return loads
}
