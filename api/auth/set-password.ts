import type { Context } from 'hono'
import { mustSetPasswordKey } from '../contract/password-rules.ts'
import { setPasswordRequest } from '../contract/set-password-request.ts'
import type { JwtClaims } from '../db/as-user.ts'
import type { Database } from '../db/database.ts'
import { gotrueError } from './gotrue-errors.ts'
import { findUserById, toGotrueUser, type UserRow } from './gotrue-user.ts'
import type { HashingGate } from './hashing-gate.ts'
import { hashPassword, verifyPassword, type ScryptCost } from './password.ts'

export interface SetPasswordDeps {
  db: Database
  hashing: HashingGate
  passwordCost: ScryptCost
}

async function jsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json()
  } catch {
    return null
  }
}

const busy = (c: Context) => {
  c.header('Retry-After', '1')
  return gotrueError(c, {
    status: 503,
    code: 'over_request_rate_limit',
    message: 'Too many passwords being checked at once; try again in a second',
  })
}

/**
 * `PUT /user` with `{ password }`, GoTrue's update-user for the one field embedded sign-in
 * lets a person change: stores the new hash, clears `must_set_password` and answers with the
 * user. Sessions stay open, as with GoTrue. Other keys (`data`, `email`) are ignored, so the
 * flag cannot be set or cleared any other way.
 */
export async function setPassword(
  deps: SetPasswordDeps,
  c: Context,
  claims: JwtClaims,
): Promise<Response> {
  const parsed = setPasswordRequest.safeParse(await jsonBody(c))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const tooShort = issue?.code === 'too_small'
    return gotrueError(c, {
      status: tooShort ? 422 : 400,
      code: tooShort ? 'weak_password' : 'validation_failed',
      message: `password: ${issue?.message ?? 'is invalid'}`,
      ...(tooShort ? { details: { weak_password: { reasons: ['length'] } } } : {}),
    })
  }
  const { password } = parsed.data
  const user = await findUserById(deps.db, claims.sub)
  if (!user) {
    return gotrueError(c, {
      status: 403,
      code: 'user_not_found',
      message: 'User from sub claim in JWT does not exist',
    })
  }
  const same = await deps.hashing.run(() => verifyPassword(password, user.encrypted_password))
  if (same.kind === 'busy') return busy(c)
  if (same.value) {
    return gotrueError(c, {
      status: 422,
      code: 'same_password',
      message: 'New password should be different from the old password.',
    })
  }
  const hashed = await deps.hashing.run(() => hashPassword(password, deps.passwordCost))
  if (hashed.kind === 'busy') return busy(c)
  const [updated] = await deps.db.query<UserRow>(
    `update auth.users
        set encrypted_password = $2, raw_user_meta_data = raw_user_meta_data - $3,
            updated_at = now()
      where id = $1
      returning id, aud, role, email, encrypted_password, email_confirmed_at, last_sign_in_at,
        raw_app_meta_data, raw_user_meta_data, created_at, updated_at, banned_until`,
    [user.id, hashed.value, mustSetPasswordKey],
  )
  return c.json(toGotrueUser(updated ?? user))
}
