import type { Queryable } from '../db/database.ts'

/**
 * The one place that makes sign-in accounts for invited people and ends their sessions: the
 * embedded auth's auth.users (local-accounts.ts) or Supabase Auth's admin API with the
 * service-role key (supabase-accounts.ts). Membership rows are not its business: those are
 * written as the admin, under row-level security.
 */
export interface AuthAccounts {
  /**
   * Where `create` runs: inside the member's own transaction (`owner` is it, with the owner's
   * rights), when the accounts live in the same database; or `before` it, with `owner` null,
   * when another service makes them, so no transaction waits on a remote call.
   */
  readonly creates: 'in transaction' | 'before'
  /**
   * Makes the auth user of a new invitee. A one-time password comes back only where Liaison
   * keeps the passwords.
   */
  create(
    owner: Queryable | null,
    invitee: { email: string; displayName: string },
  ): Promise<{ userId: string; oneTimePassword?: string }>
  /** Ends every session of a removed member, in the same transaction as the removal. */
  endSessions(owner: Queryable, userId: string, now: Date): Promise<void>
}

/** Supabase sign-in without SUPABASE_SERVICE_ROLE_KEY: the server cannot invite (501). */
export class InvitesNotConfiguredError extends Error {}

/** Supabase Auth refused or failed the invite (502, with its message). */
export class InviteFailedError extends Error {}
