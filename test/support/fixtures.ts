import { randomUUID } from 'node:crypto'
import { hashPassword } from '../../api/auth/password.ts'
import type { MemberRole } from '../../api/contract/roles.ts'
import type { Database } from '../../api/db/database.ts'

export type Role = MemberRole

const hashes = new Map<string, Promise<string>>()
/** scrypt is slow on purpose; tests hash each password once. */
const hashOnce = (password: string) => {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password))
  return hashes.get(password) as Promise<string>
}

/** Creates a user who can sign in with `password`; the email is unique per call. */
export async function createUser(db: Database, label: string, password = 'correct horse') {
  const id = randomUUID()
  const email = `${label}-${id.slice(0, 8)}@test.liaison`
  await db.query(
    `insert into auth.users (id, aud, role, email, encrypted_password, email_confirmed_at,
       raw_app_meta_data, raw_user_meta_data)
     values ($1, 'authenticated', 'authenticated', $2, $3, now(),
       '{"provider":"email","providers":["email"]}', '{}')`,
    [id, email, await hashOnce(password)],
  )
  return { id, email, password }
}

/** An org with one member of each role, created as the owner (no RLS). */
export async function createOrg(
  db: Database,
  name: string,
  roles: Role[] = ['admin', 'manager', 'viewer'],
) {
  const orgId = randomUUID()
  await db.query('insert into public.orgs (id, name) values ($1, $2)', [
    orgId,
    `${name} ${orgId.slice(0, 8)}`,
  ])
  const users: Partial<Record<Role, Awaited<ReturnType<typeof createUser>>>> = {}
  for (const role of roles) {
    const user = await createUser(db, `${role}-${name.toLowerCase().replace(/\W+/g, '-')}`)
    await db.query(
      `insert into public.members (org_id, user_id, role, display_name, email) values ($1, $2, $3, $4, $5)`,
      [orgId, user.id, role, `${role} of ${name}`, user.email],
    )
    users[role] = user
  }
  return { orgId, users }
}

/** One more member of `orgId` with `role` (a second manager, say), who can sign in. */
export async function addMember(db: Database, orgId: string, role: Role, label: string) {
  const user = await createUser(db, label)
  await db.query(
    `insert into public.members (org_id, user_id, role, display_name, email) values ($1, $2, $3, $4, $5)`,
    [orgId, user.id, role, label, user.email],
  )
  return user
}

/** An account in `orgId` (an agency unless `kind` says otherwise), as the owner. */
export async function createAccount(
  db: Database,
  orgId: string,
  name = 'Department of Revenue',
  kind: 'agency' | 'vendor' | 'partner' | 'internal' = 'agency',
) {
  const id = randomUUID()
  await db.query(
    `insert into public.accounts (id, org_id, kind, name, tier) values ($1, $2, $3, $4, 'core')`,
    [id, orgId, kind, name],
  )
  return id
}
