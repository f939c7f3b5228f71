import { isUuid } from '../contract/uuid.ts'
import type { Queryable } from '../db/database.ts'

/** The columns of auth.users the auth server reads. */
export interface UserRow {
  id: string
  aud: string | null
  role: string | null
  email: string | null
  encrypted_password: string | null
  email_confirmed_at: Date | null
  last_sign_in_at: Date | null
  raw_app_meta_data: Record<string, unknown> | null
  raw_user_meta_data: Record<string, unknown> | null
  created_at: Date
  updated_at: Date
  banned_until: Date | null
}

const columns = `id, aud, role, email, encrypted_password, email_confirmed_at, last_sign_in_at,
  raw_app_meta_data, raw_user_meta_data, created_at, updated_at, banned_until`

/** The user who signs in with `email` (case-insensitive), unless deleted. */
export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | null> {
  const rows = await db.query<UserRow>(
    `select ${columns} from auth.users
     where lower(email) = lower($1) and deleted_at is null and not is_anonymous
     order by created_at limit 1`,
    [email],
  )
  return rows[0] ?? null
}

/** The user with `id`, unless deleted. */
export async function findUserById(db: Queryable, id: string): Promise<UserRow | null> {
  if (!isUuid(id)) return null
  const rows = await db.query<UserRow>(
    `select ${columns} from auth.users where id = $1 and deleted_at is null`,
    [id],
  )
  return rows[0] ?? null
}

export function isBanned(user: UserRow, now: Date): boolean {
  return user.banned_until !== null && user.banned_until.getTime() > now.getTime()
}

/** GoTrue's defaults first, so what is stored in raw_app_meta_data wins. */
export function appMetadata(user: UserRow): Record<string, unknown> {
  return { provider: 'email', providers: ['email'], ...(user.raw_app_meta_data ?? {}) }
}

function iso(value: Date | null): string | null {
  return value ? value.toISOString() : null
}

/**
 * The user object GoTrue returns from /user and inside a session, which supabase-js hands to
 * the app as `data.user`.
 */
export function toGotrueUser(user: UserRow) {
  return {
    id: user.id,
    aud: user.aud ?? 'authenticated',
    role: 'authenticated',
    email: user.email ?? '',
    email_confirmed_at: iso(user.email_confirmed_at),
    phone: '',
    confirmed_at: iso(user.email_confirmed_at),
    last_sign_in_at: iso(user.last_sign_in_at),
    app_metadata: appMetadata(user),
    user_metadata: user.raw_user_meta_data ?? {},
    identities: [],
    created_at: user.created_at.toISOString(),
    updated_at: user.updated_at.toISOString(),
    is_anonymous: false,
  }
}

export type GotrueUser = ReturnType<typeof toGotrueUser>
