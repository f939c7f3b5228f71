import type { InviteMemberResponse } from '../contract/admin-members.ts'
import type { MemberRole } from '../contract/roles.ts'
import { asServer } from '../db/as-server.ts'
import { asUser, type JwtClaims, type UserDatabase } from '../db/as-user.ts'
import type { Queryable } from '../db/database.ts'
import type { AuthAccounts } from './auth-accounts.ts'
import { logMemberChange } from './member-changes.ts'
import { adminOrg, authUserByEmail, insertMember, isCurrentMember } from './member-store.ts'

export interface Invitation {
  org: string | undefined
  email: string
  role: MemberRole
  displayName: string
}

export type InviteOutcome = InviteMemberResponse | 'notAdmin' | 'alreadyMember'

type Known = { orgId: string; userId: string | null } | 'notAdmin' | 'alreadyMember'

/** Who they are: the admin's org, and the invitee's auth user if they have one already. */
async function look(tx: Queryable, claims: JwtClaims, invitation: Invitation): Promise<Known> {
  const orgId = await adminOrg(tx, claims.sub, invitation.org)
  if (!orgId) return 'notAdmin'
  const userId = await authUserByEmail(tx, invitation.email)
  if (userId && (await isCurrentMember(tx, orgId, userId))) return 'alreadyMember'
  return { orgId, userId }
}

/**
 * Invites someone into the admin's org: reuses the auth user their e-mail already has (a member
 * of another org, someone removed), else has `accounts` make one; then adds the membership as
 * the admin, under row-level security, and logs it, in one transaction. An account made by
 * another service (Supabase Auth) is made between a first look and that transaction, so
 * nobody is invited by a caller who may not, and no transaction waits on the network.
 */
export async function inviteMember(
  db: UserDatabase,
  claims: JwtClaims,
  accounts: AuthAccounts,
  invitation: Invitation,
): Promise<InviteOutcome> {
  const invitee = { email: invitation.email, displayName: invitation.displayName }
  let made: { userId: string; oneTimePassword?: string } | null = null
  if (accounts.creates === 'before') {
    const known = await asUser(db, claims, (tx) => look(tx, claims, invitation))
    if (typeof known === 'string') return known
    if (!known.userId) made = await accounts.create(null, invitee)
  }
  return asUser(db, claims, async (tx) => {
    const known = await look(tx, claims, invitation)
    if (typeof known === 'string') return known
    const account =
      made ??
      (known.userId
        ? { userId: known.userId }
        : await asServer(tx, (owner) => accounts.create(owner, invitee)))
    const memberId = await insertMember(tx, {
      orgId: known.orgId,
      userId: account.userId,
      role: invitation.role,
      email: invitation.email,
      displayName: invitation.displayName,
    })
    if (!memberId) return 'alreadyMember'
    await logMemberChange(tx, {
      orgId: known.orgId,
      actorUserId: claims.sub,
      memberId,
      targetUserId: account.userId,
      action: 'invite',
      oldRole: null,
      newRole: invitation.role,
    })
    return { ...account, memberId }
  })
}
