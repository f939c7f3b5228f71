import { z } from 'zod'
import { memberRoles } from './roles.ts'
import { uuid } from './uuid.ts'

/**
 * The wire shape of `GET /api/me`: who the token belongs to, their first organisation and role
 * (in the order memberships were made), every membership, and whether a one-time password must
 * still be replaced. The route produces it through this schema; the device parses with it.
 */
const role = z.enum(memberRoles)

export const meResponse = z.object({
  user: z.object({
    /** The token's subject. */
    id: z.string().min(1),
    email: z.string().nullable(),
    /** As the first membership names the person; null when it does not. */
    displayName: z.string().nullable(),
  }),
  /** The first membership's organisation; null for a person in none. */
  org: z.object({ id: uuid, name: z.string() }).nullable(),
  role: role.nullable(),
  mustSetPassword: z.boolean(),
  memberships: z.array(z.object({ orgId: uuid, orgName: z.string(), role })),
})
export type MeResponse = z.infer<typeof meResponse>
