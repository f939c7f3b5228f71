import type { AdminMember } from '../contract/admin-members.ts'
import type { MemberRole } from '../contract/roles.ts'
import { asServer } from '../db/as-server.ts'
import type { Queryable } from '../db/database.ts'

/**
 * The member routes' statements. All run in the admin's asUser transaction, so row-level
 * security decides which members they read and write; auth.users, which `authenticated` may
 * not read, is reached through asServer.
 */

/**
 * The org the caller administers for this request: `requested`, or their first current
 * membership (the order of /api/me). Null when they are not an admin of it.
 */
export async function adminOrg(
  tx: Queryable,
  userId: string,
  requested: string | undefined,
): Promise<string | null> {
  const rows = await tx.query<{ org_id: string; role: MemberRole }>(
    `select m.org_id, m.role from public.members m join public.orgs o on o.id = m.org_id
      where m.user_id = $1 and m.deleted_at is null and o.deleted_at is null
        and ($2::uuid is null or m.org_id = $2::uuid)
      order by m.created_at, m.org_id limit 1`,
    [userId, requested ?? null],
  )
  const first = rows[0]
  return first?.role === 'admin' ? first.org_id : null
}

interface MemberRow {
  id: string
  user_id: string
  email: string | null
  display_name: string | null
  role: MemberRole
  created_at: Date
}

interface AuthFacts {
  id: string
  email: string | null
  last_sign_in_at: Date | null
  must_set_password: boolean
}

/** The org's current members (or the one `memberId`), with their sign-in facts. */
export async function listMembers(
  tx: Queryable,
  orgId: string,
  memberId?: string,
): Promise<AdminMember[]> {
  const members = await tx.query<MemberRow>(
    `select id, user_id, email, display_name, role, created_at from public.members
      where org_id = $1 and deleted_at is null and ($2::uuid is null or id = $2::uuid)
      order by created_at, id`,
    [orgId, memberId ?? null],
  )
  const facts = await asServer(tx, (owner) =>
    owner.query<AuthFacts>(
      `select id, email, last_sign_in_at,
              coalesce(raw_user_meta_data -> 'must_set_password' = 'true'::jsonb, false)
                as must_set_password
         from auth.users where id = any($1::uuid[])`,
      [members.map((member) => member.user_id)],
    ),
  )
  const byId = new Map(facts.map((fact) => [fact.id, fact]))
  return members.map((member) => {
    const fact = byId.get(member.user_id)
    return {
      memberId: member.id,
      userId: member.user_id,
      email: member.email ?? fact?.email ?? null,
      displayName: member.display_name,
      role: member.role,
      lastSignInAt: fact?.last_sign_in_at ? new Date(fact.last_sign_in_at).toISOString() : null,
      mustSetPassword: fact?.must_set_password ?? false,
      createdAt: new Date(member.created_at).toISOString(),
    }
  })
}

/** The auth user who signs in with `email`, whatever org they are in (or none). */
export async function authUserByEmail(tx: Queryable, email: string): Promise<string | null> {
  const rows = await asServer(tx, (owner) =>
    owner.query<{ id: string }>(
      `select id from auth.users where lower(email) = lower($1) and deleted_at is null
        order by created_at limit 1`,
      [email],
    ),
  )
  return rows[0]?.id ?? null
}

export async function isCurrentMember(
  tx: Queryable,
  orgId: string,
  userId: string,
): Promise<boolean> {
  const rows = await tx.query(
    'select 1 from public.members where org_id = $1 and user_id = $2 and deleted_at is null',
    [orgId, userId],
  )
  return rows.length > 0
}

/** Adds `userId` to the org; null when they are a current member already. */
export async function insertMember(
  tx: Queryable,
  member: { orgId: string; userId: string; role: MemberRole; email: string; displayName: string },
): Promise<string | null> {
  const rows = await tx.query<{ id: string }>(
    `insert into public.members (org_id, user_id, role, email, display_name)
     values ($1, $2, $3, $4, $5)
     on conflict (org_id, user_id) where deleted_at is null do nothing
     returning id`,
    [member.orgId, member.userId, member.role, member.email, member.displayName],
  )
  return rows[0]?.id ?? null
}

export interface LockedMembers {
  /** The member asked about, when current in the org. */
  target: { id: string; userId: string; role: MemberRole } | null
  /** How many current admins the org has. */
  admins: number
}

/**
 * Locks the org's admins and the member asked about, in id order (so two admins changing each
 * other wait rather than deadlock): the "an org keeps an admin" check holds until commit.
 */
export async function lockForChange(
  tx: Queryable,
  orgId: string,
  memberId: string,
): Promise<LockedMembers> {
  const rows = await tx.query<{ id: string; user_id: string; role: MemberRole }>(
    `select id, user_id, role from public.members
      where org_id = $1 and deleted_at is null and (role = 'admin' or id = $2)
      order by id for update`,
    [orgId, memberId],
  )
  const target = rows.find((row) => row.id === memberId)
  return {
    target: target ? { id: target.id, userId: target.user_id, role: target.role } : null,
    admins: rows.filter((row) => row.role === 'admin').length,
  }
}

export async function setRole(tx: Queryable, memberId: string, role: MemberRole): Promise<void> {
  await tx.query('update public.members set role = $2 where id = $1', [memberId, role])
}

export async function tombstoneMember(tx: Queryable, memberId: string): Promise<void> {
  await tx.query('update public.members set deleted_at = now() where id = $1', [memberId])
}
