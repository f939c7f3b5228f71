import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { mustSetPassword } from '../auth/password-gate.ts'
import { meResponse, type MeResponse } from '../contract/me.ts'
import type { MemberRole } from '../contract/roles.ts'
import { asUser, type UserDatabase } from '../db/as-user.ts'

interface MembershipRow {
  org_id: string
  org_name: string
  role: MemberRole
  display_name: string | null
}

/**
 * `GET /api/me`: who the token belongs to, their organisation and role, and whether they must
 * still replace a one-time password (`mustSetPassword`). Read under RLS, so a user only ever
 * learns of orgs they belong to.
 */
export function meRoutes(db: UserDatabase) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const claims = c.get('claims')
    const [memberships, passwordToSet] = await asUser(db, claims, (tx) =>
      Promise.all([
        tx.query<MembershipRow>(
          `select m.org_id, o.name as org_name, m.role, m.display_name
             from public.members m join public.orgs o on o.id = m.org_id
            where m.user_id = $1 and m.deleted_at is null and o.deleted_at is null
            order by m.created_at, m.org_id`,
          [claims.sub],
        ),
        mustSetPassword(tx, claims),
      ]),
    )
    const first = memberships[0]
    // Parsed on the way out too: a role the database gained but the contract lacks is a 500 here,
    // not a device that cannot read its own answer.
    const body: MeResponse = meResponse.parse({
      user: {
        id: claims.sub,
        email: claims.email ?? null,
        displayName: first?.display_name ?? null,
      },
      org: first ? { id: first.org_id, name: first.org_name } : null,
      role: first?.role ?? null,
      mustSetPassword: passwordToSet,
      memberships: memberships.map((m) => ({ orgId: m.org_id, orgName: m.org_name, role: m.role })),
    } satisfies MeResponse)
    return c.json(body)
  })
}
