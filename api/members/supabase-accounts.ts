import { InviteFailedError, InvitesNotConfiguredError, type AuthAccounts } from './auth-accounts.ts'

export interface SupabaseAccountsConfig {
  /** The project's URL, without a trailing slash. */
  url: string
  /** SUPABASE_SERVICE_ROLE_KEY: read on the server only, never sent to a browser. */
  serviceRoleKey: string | undefined
  fetch?: typeof fetch
}

/**
 * Supabase sign-in's accounts: GoTrue's admin invite (`POST /auth/v1/invite`, service-role key)
 * makes the user and e-mails them a link to choose a password, so no password passes through
 * Liaison. Sessions are GoTrue's: a member removed from their only org is refused by
 * public.session_state on their next request, and row-level security hides a removed org
 * from anyone still in another one.
 */
export function supabaseAccounts(config: SupabaseAccountsConfig): AuthAccounts {
  const send = config.fetch ?? fetch
  return {
    creates: 'before',
    async create(_owner, invitee) {
      const key = config.serviceRoleKey
      if (!key) {
        throw new InvitesNotConfiguredError(
          'Inviting needs SUPABASE_SERVICE_ROLE_KEY on the server; ask whoever runs Liaison to set it',
        )
      }
      const response = await send(`${config.url}/auth/v1/invite`, {
        method: 'POST',
        headers: {
          apikey: key,
          authorization: `Bearer ${key}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          email: invitee.email,
          data: { display_name: invitee.displayName },
        }),
      })
      const body = (await response.json().catch(() => null)) as {
        id?: unknown
        msg?: unknown
        message?: unknown
      } | null
      if (!response.ok || typeof body?.id !== 'string') {
        const said = body?.msg ?? body?.message
        throw new InviteFailedError(
          `Supabase Auth did not invite them (${response.status}${typeof said === 'string' ? `: ${said}` : ''})`,
        )
      }
      return { userId: body.id }
    },
    async endSessions() {},
  }
}
