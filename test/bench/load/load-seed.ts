import { randomUUID } from 'node:crypto'
import { openSession } from '../../../api/auth/auth-sessions.ts'
import { DEFAULT_LOCAL_ISSUER, signAccessToken } from '../../../api/auth/issue-tokens.ts'
import { hashPassword, OWASP_SCRYPT_COST } from '../../../api/auth/password.ts'
import { loadSigningKeys } from '../../../api/auth/signing-keys.ts'
import type { Database } from '../../../api/db/database.ts'
import { createAccount, createOrg } from '../../support/fixtures.ts'
import { removeBenchData } from '../bench-seed.ts'

/** A manager of the load org, signed in: what one phone holds. */
export interface LoadUser {
  id: string
  email: string
  token: string
}

export interface LoadOrg {
  orgId: string
  accountId: string
  users: LoadUser[]
  /** Signs in with `signInPassword`; its hash is at production (OWASP) cost. */
  signInEmail: string
  signInPassword: string
}

const signInPassword = 'load bench sign-in'

/**
 * A fresh org of `people` managers with a few accounts and check-ins, each manager with an open
 * session and its access token (minted here, as the sign-in would), plus one user whose password
 * is hashed at production cost for the sign-in scenario.
 */
export async function seedLoadOrg(db: Database, people: number): Promise<LoadOrg> {
  const { orgId } = await createOrg(db, 'Load bench', [])
  const accountId = await createAccount(db, orgId, 'Department of Load')
  for (let n = 1; n < 10; n++) await createAccount(db, orgId, `Department ${n}`)
  const keys = await loadSigningKeys(db)
  const now = new Date()
  const users: LoadUser[] = []
  for (let n = 0; n < people; n++) {
    const id = randomUUID()
    const email = `load-${n}-${id.slice(0, 8)}@bench.test`
    await db.query(
      `insert into auth.users (id, aud, role, email, email_confirmed_at, raw_app_meta_data, raw_user_meta_data)
       values ($1, 'authenticated', 'authenticated', $2, now(), '{"provider":"email","providers":["email"]}', '{}')`,
      [id, email],
    )
    await db.query(
      `insert into public.members (org_id, user_id, role, display_name, email) values ($1, $2, 'manager', $3, $4)`,
      [orgId, id, `Manager ${n}`, email],
    )
    const { sessionId } = await openSession(db, { userId: id, userAgent: null, ip: 'bench', now })
    const subject = {
      userId: id,
      email,
      appMetadata: { provider: 'email', providers: ['email'] },
      userMetadata: {},
      sessionId,
      authenticatedAt: now,
    }
    const { accessToken } = await signAccessToken(keys, subject, {
      issuer: DEFAULT_LOCAL_ISSUER,
      now,
    })
    users.push({ id, email, token: accessToken })
  }
  const signInEmail = `load-sign-in-${randomUUID().slice(0, 8)}@bench.test`
  const hash = await hashPassword(signInPassword, OWASP_SCRYPT_COST)
  await db.query(
    `insert into auth.users (id, aud, role, email, encrypted_password, email_confirmed_at, raw_app_meta_data, raw_user_meta_data)
     values ($1, 'authenticated', 'authenticated', $2, $3, now(), '{"provider":"email","providers":["email"]}', '{}')`,
    [randomUUID(), signInEmail, hash],
  )
  return { orgId, accountId, users, signInEmail, signInPassword }
}

/**
 * Removes the load org and its people from the shared server.
 */
export async function removeLoadOrg(db: Database, org: LoadOrg): Promise<void> {
  await removeBenchData(
    db,
    [org.orgId],
    org.users.map((user) => user.id),
  )
  await db.query('delete from auth.users where email = $1', [org.signInEmail])
}
