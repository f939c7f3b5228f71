import { Hono, type Context } from 'hono'
import type { z } from 'zod'
import type { AppEnv } from '../app-env.ts'
import {
  adminMemberErrors,
  adminOrgQuery,
  changeRoleRequest,
  inviteMemberRequest,
  type AdminMembersResponse,
  type InviteMemberResponse,
} from '../contract/admin-members.ts'
import { uuid } from '../contract/uuid.ts'
import { asServer } from '../db/as-server.ts'
import { asUser, type UserDatabase } from '../db/as-user.ts'
import {
  InviteFailedError,
  InvitesNotConfiguredError,
  type AuthAccounts,
} from '../members/auth-accounts.ts'
import { logMemberChange } from '../members/member-changes.ts'
import { inviteMember } from '../members/invite-member.ts'
import {
  adminOrg,
  listMembers,
  lockForChange,
  setRole,
  tombstoneMember,
} from '../members/member-store.ts'
import { errorBody } from '../middleware/json-errors.ts'

type Ctx = Context<AppEnv>

const describe = (error: z.ZodError, where: string) =>
  error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || where}: ${issue.message}`)
    .join('; ')

const badRequest = (c: Ctx, message: string) => c.json(errorBody(c, 'bad_request', message), 400)

const refusals = {
  notAdmin: [403, 'Only an admin of this organisation can manage its members'],
  alreadyMember: [409, 'That e-mail already belongs to a member of this organisation'],
  lastAdmin: [409, 'An organisation keeps at least one admin: make someone else admin first'],
  noSuchMember: [404, 'No current member of this organisation has that id'],
} as const

type Refusal = keyof typeof refusals

const refuse = (c: Ctx, refusal: Refusal) => {
  const [status, message] = refusals[refusal]
  return c.json(errorBody(c, adminMemberErrors[refusal], message), status)
}

async function readBody(c: Ctx): Promise<{ ok: true; body: unknown } | { ok: false }> {
  try {
    return { ok: true, body: await c.req.json() }
  } catch {
    return { ok: false }
  }
}

/**
 * The admin's member routes (`/api/admin/members`), behind requireUser. Every statement runs as
 * the admin under row-level security, except the auth user made for an invitee (AuthAccounts)
 * and the change log, which only the server writes. Each change is logged in its own
 * transaction. Shapes: api/contract/admin-members.ts.
 */
export function adminMemberRoutes(db: UserDatabase, accounts: AuthAccounts) {
  return new Hono<AppEnv>()
    .use('/members/*', async (c, next) => {
      const query = adminOrgQuery.safeParse(c.req.query())
      if (!query.success) return badRequest(c, describe(query.error, 'query'))
      await next()
    })
    .get('/members', async (c) => {
      const claims = c.get('claims')
      const { org } = adminOrgQuery.parse(c.req.query())
      const members = await asUser(db, claims, async (tx) => {
        const orgId = await adminOrg(tx, claims.sub, org)
        return orgId ? listMembers(tx, orgId) : null
      })
      if (!members) return refuse(c, 'notAdmin')
      return c.json({ members } satisfies AdminMembersResponse, 200)
    })
    .post('/members', async (c) => {
      const read = await readBody(c)
      if (!read.ok) return badRequest(c, 'body: is not valid JSON')
      const parsed = inviteMemberRequest.safeParse(read.body)
      if (!parsed.success) return badRequest(c, describe(parsed.error, 'body'))
      const { email, role, display_name: displayName } = parsed.data
      const { org } = adminOrgQuery.parse(c.req.query())
      try {
        const outcome = await inviteMember(db, c.get('claims'), accounts, {
          org,
          email,
          role,
          displayName,
        })
        if (typeof outcome === 'string') return refuse(c, outcome)
        return c.json(outcome satisfies InviteMemberResponse, 201)
      } catch (error) {
        if (error instanceof InvitesNotConfiguredError) {
          return c.json(errorBody(c, adminMemberErrors.invitesNotConfigured, error.message), 501)
        }
        if (error instanceof InviteFailedError) {
          return c.json(errorBody(c, adminMemberErrors.inviteFailed, error.message), 502)
        }
        throw error
      }
    })
    .patch('/members/:memberId', async (c) => {
      const memberId = uuid.safeParse(c.req.param('memberId'))
      if (!memberId.success) return badRequest(c, 'memberId: must be a UUID')
      const read = await readBody(c)
      if (!read.ok) return badRequest(c, 'body: is not valid JSON')
      const parsed = changeRoleRequest.safeParse(read.body)
      if (!parsed.success) return badRequest(c, describe(parsed.error, 'body'))
      const { role } = parsed.data
      const claims = c.get('claims')
      const { org } = adminOrgQuery.parse(c.req.query())
      const outcome = await asUser(db, claims, async (tx) => {
        const orgId = await adminOrg(tx, claims.sub, org)
        if (!orgId) return 'notAdmin' as const
        const { target, admins } = await lockForChange(tx, orgId, memberId.data)
        if (!target) return 'noSuchMember' as const
        if (target.role === 'admin' && role !== 'admin' && admins <= 1) return 'lastAdmin' as const
        if (target.role !== role) {
          await setRole(tx, target.id, role)
          await logMemberChange(tx, {
            orgId,
            actorUserId: claims.sub,
            memberId: target.id,
            targetUserId: target.userId,
            action: 'role',
            oldRole: target.role,
            newRole: role,
          })
        }
        const [member] = await listMembers(tx, orgId, target.id)
        return member ?? ('noSuchMember' as const)
      })
      if (typeof outcome === 'string') return refuse(c, outcome)
      return c.json(outcome, 200)
    })
    .delete('/members/:memberId', async (c) => {
      const memberId = uuid.safeParse(c.req.param('memberId'))
      if (!memberId.success) return badRequest(c, 'memberId: must be a UUID')
      const claims = c.get('claims')
      const { org } = adminOrgQuery.parse(c.req.query())
      const outcome = await asUser(db, claims, async (tx) => {
        const orgId = await adminOrg(tx, claims.sub, org)
        if (!orgId) return 'notAdmin' as const
        const { target, admins } = await lockForChange(tx, orgId, memberId.data)
        if (!target) return 'noSuchMember' as const
        if (target.role === 'admin' && admins <= 1) return 'lastAdmin' as const
        await tombstoneMember(tx, target.id)
        await logMemberChange(tx, {
          orgId,
          actorUserId: claims.sub,
          memberId: target.id,
          targetUserId: target.userId,
          action: 'remove',
          oldRole: target.role,
          newRole: null,
        })
        await asServer(tx, (owner) => accounts.endSessions(owner, target.userId, new Date()))
        return 'removed' as const
      })
      if (outcome !== 'removed') return refuse(c, outcome)
      return c.body(null, 204)
    })
}
