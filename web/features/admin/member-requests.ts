import {
  adminMembersResponse,
  inviteMemberResponse,
  type AdminMember,
  type InviteMemberRequest,
  type InviteMemberResponse,
} from '../../../api/contract/admin-members.ts'
import type { MemberRole } from '../../../api/contract/roles.ts'
import { api } from '../../app/api-client.ts'
import { ApiError } from '../../app/api-error.ts'

/** The server's words for a refusal, or a plain one when the answer carries none. */
async function refusal(response: Response, doing: string): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null)
  const message =
    body && typeof body === 'object' && 'message' in body && typeof body.message === 'string'
      ? body.message
      : `Couldn’t ${doing} (the server answered ${response.status}).`
  return new ApiError(response.status, message)
}

// The org is left to the server: the caller's first membership, the one /api/me names and the
// Admin screen shows.

/**
 * The org's current members, for its admins.
 */
export async function listMembers(): Promise<AdminMember[]> {
  const response = await api.admin.members.$get()
  if (!response.ok) throw await refusal(response, 'list the members')
  return adminMembersResponse.parse(await response.json()).members
}

/**
 * Invites someone: an auth user (reused if they have one) and a membership with a role. In
 * embedded mode the answer carries the one-time password, shown once.
 */
export async function inviteMember(invite: InviteMemberRequest): Promise<InviteMemberResponse> {
  const response = await api.admin.members.$post({ json: invite })
  if (!response.ok) throw await refusal(response, 'invite them')
  return inviteMemberResponse.parse(await response.json())
}

/**
 * Gives a member another role; the server refuses to leave the org without an admin.
 */
export async function changeMemberRole(memberId: string, role: MemberRole) {
  // The route reads its body itself (for its own 400s), so the typed client does not know it.
  const response = await api.admin.members[':memberId'].$patch(
    { param: { memberId } },
    { init: { body: JSON.stringify({ role }), headers: { 'Content-Type': 'application/json' } } },
  )
  if (!response.ok) throw await refusal(response, 'change the role')
}

/**
 * Removes a member: their sessions end and their next sync empties their device of the org.
 */
export async function removeMember(memberId: string) {
  const response = await api.admin.members[':memberId'].$delete({ param: { memberId } })
  if (!response.ok) throw await refusal(response, 'remove them')
}
