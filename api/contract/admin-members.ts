import { z } from 'zod'
import { memberRoles } from './roles.ts'
import { uuid } from './uuid.ts'

/**
 * The wire shapes of the admin's member routes (`/api/admin/members`), spoken by the API and
 * the Admin screen alike. Members need an auth user, so these are online only; everything else
 * an admin does (relationships, assignments, cadence defaults) goes through sync.
 */
export const maxDisplayNameLength = 200
export const maxEmailLength = 320

/** Every route takes the org as `?org=`; without it, the caller's first membership (as /api/me). */
export const adminOrgQuery = z.object({ org: uuid.optional() })

export const inviteMemberRequest = z.strictObject({
  email: z
    .email({ error: 'must be an e-mail address' })
    .max(maxEmailLength)
    .transform((email) => email.toLowerCase()),
  role: z.enum(memberRoles, { error: `must be one of ${memberRoles.join(', ')}` }),
  display_name: z.string().trim().min(1, { error: 'is required' }).max(maxDisplayNameLength),
})
export type InviteMemberRequest = z.input<typeof inviteMemberRequest>

export const inviteMemberResponse = z.object({
  userId: uuid,
  memberId: uuid,
  /** Embedded sign-in only: shown once to the admin, never stored in clear, never logged. */
  oneTimePassword: z.string().optional(),
})
export type InviteMemberResponse = z.infer<typeof inviteMemberResponse>

export const changeRoleRequest = z.strictObject({
  role: z.enum(memberRoles, { error: `must be one of ${memberRoles.join(', ')}` }),
})

export const adminMember = z.object({
  memberId: uuid,
  userId: uuid,
  email: z.string().nullable(),
  displayName: z.string().nullable(),
  role: z.enum(memberRoles),
  /** ISO time of the latest sign-in, or null when they never signed in. */
  lastSignInAt: z.string().nullable(),
  /** True until an invited person has set their own password (embedded sign-in). */
  mustSetPassword: z.boolean(),
  createdAt: z.string(),
})
export type AdminMember = z.infer<typeof adminMember>

/** `PATCH /api/admin/members/:memberId` answers with the member as changed. */
export const changeRoleResponse = adminMember

export const adminMembersResponse = z.object({ members: z.array(adminMember) })
export type AdminMembersResponse = z.infer<typeof adminMembersResponse>

/** The error codes these routes answer with, beside the API's usual ones. */
export const adminMemberErrors = {
  /** 403: the caller is not an admin of the org. */
  notAdmin: 'admins_only',
  /** 409: the e-mail already belongs to a current member of the org. */
  alreadyMember: 'already_member',
  /** 409: the change would leave the org without an admin. */
  lastAdmin: 'last_admin',
  /** 404: no current member of the org has that id. */
  noSuchMember: 'no_such_member',
  /** 501: Supabase sign-in without SUPABASE_SERVICE_ROLE_KEY on the server: no invites. */
  invitesNotConfigured: 'invites_not_configured',
  /** 502: Supabase Auth refused or failed the invite; its message is passed on. */
  inviteFailed: 'invite_failed',
} as const
