import type { MemberRole } from '../contract/roles.ts'
import { asServer } from '../db/as-server.ts'
import type { Queryable } from '../db/database.ts'

export interface MemberChange {
  orgId: string
  actorUserId: string
  memberId: string
  targetUserId: string
  action: 'invite' | 'role' | 'remove'
  oldRole: MemberRole | null
  newRole: MemberRole | null
}

/**
 * Writes one row of public.member_changes in the change's own transaction, as the owner: only
 * the server writes the log (the org's admins may read it). Never holds a password.
 */
export async function logMemberChange(tx: Queryable, change: MemberChange): Promise<void> {
  await asServer(tx, (owner) =>
    owner.query(
      `insert into public.member_changes
         (org_id, actor_user_id, member_id, target_user_id, action, old_role, new_role)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [
        change.orgId,
        change.actorUserId,
        change.memberId,
        change.targetUserId,
        change.action,
        change.oldRole,
        change.newRole,
      ],
    ),
  )
}
