import { closeUserSessions } from '../auth/auth-sessions.ts'
import { createOneTimePassword } from '../auth/one-time-password.ts'
import { configuredScryptCost, hashPassword, type ScryptCost } from '../auth/password.ts'
import { mustSetPasswordKey } from '../contract/password-rules.ts'
import type { AuthAccounts } from './auth-accounts.ts'

/**
 * Embedded sign-in's accounts: the invitee gets a one-time password, hashed like every other,
 * and `must_set_password` in their user metadata until they choose their own (PUT /auth/v1/user).
 * The clear password exists only in the answer to the admin.
 */
export function localAccounts(cost: ScryptCost = configuredScryptCost()): AuthAccounts {
  return {
    creates: 'in transaction',
    async create(owner, invitee) {
      if (!owner) throw new Error('embedded accounts are made inside the member transaction')
      const oneTimePassword = createOneTimePassword()
      const hash = await hashPassword(oneTimePassword, cost)
      const [user] = await owner.query<{ id: string }>(
        `insert into auth.users (aud, role, email, encrypted_password, email_confirmed_at,
           raw_app_meta_data, raw_user_meta_data)
         values ('authenticated', 'authenticated', $1, $2, now(),
           '{"provider":"email","providers":["email"]}',
           jsonb_build_object('display_name', $3::text, $4::text, true))
         returning id`,
        [invitee.email, hash, invitee.displayName, mustSetPasswordKey],
      )
      if (!user) throw new Error('the auth user insert returned no row')
      return { userId: user.id, oneTimePassword }
    },
    endSessions: closeUserSessions,
  }
}
