import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../app-env.ts'
import { mustSetPasswordKey, passwordChangeRequired } from '../contract/password-rules.ts'
import type { JwtClaims } from '../db/as-user.ts'
import type { Queryable } from '../db/database.ts'
import { errorBody } from '../middleware/json-errors.ts'

/**
 * True while the token's user still signs in with a one-time password. The flag only ever goes
 * from true to false, so a token issued without it needs no look-up; one issued with it is
 * checked against auth.users, so the token in hand works as soon as the password is set.
 *
 * @example
 * if (await mustSetPassword(db, claims)) return c.json(…, 403)
 */
export async function mustSetPassword(db: Queryable, claims: JwtClaims): Promise<boolean> {
  const metadata = claims.user_metadata
  if (typeof metadata !== 'object' || metadata === null) return false
  if ((metadata as Record<string, unknown>)[mustSetPasswordKey] !== true) return false
  const rows = await db.query<{ must: boolean }>(
    `select coalesce(raw_user_meta_data -> $2 = 'true'::jsonb, false) as must
       from auth.users where id = $1`,
    [claims.sub, mustSetPasswordKey],
  )
  return rows[0]?.must ?? false
}

/**
 * After requireUser: a person who has not yet replaced their one-time password gets 403
 * `password_change_required` on the data routes, so a leaked one-time password opens nothing
 * but the set-password step.
 *
 * @example
 * api.use('/sync/*', signedIn, passwordSet(db))
 */
export function passwordSet(db: Queryable) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (await mustSetPassword(db, c.get('claims'))) {
      const message = 'Choose your own password first: this one was for one sign-in only'
      return c.json(errorBody(c, passwordChangeRequired, message), 403)
    }
    await next()
  })
}
