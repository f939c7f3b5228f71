/** The parts of a supabase-js `AuthError` the message depends on. */
export interface SignInFailure {
  name?: string
  status?: number | undefined
  code?: string | undefined
  message: string
}

const wrongCredentialCodes = new Set(['invalid_credentials', 'invalid_grant'])

/**
 * Turns a failed sign-in into a sentence a person can act on.
 *
 * @example
 * describeSignInError({ status: 400, code: 'invalid_credentials', message: '…' }, true)
 * // 'Wrong email or password'
 */
export function describeSignInError(error: SignInFailure, online: boolean): string {
  if (!online) return "You're offline — sign in needs a connection"
  if (error.status === 429 || error.code === 'over_request_rate_limit') {
    return 'Too many attempts — wait a minute'
  }
  if (
    (error.code && wrongCredentialCodes.has(error.code)) ||
    /invalid login credentials/i.test(error.message)
  ) {
    return 'Wrong email or password'
  }
  if (error.code === 'email_not_confirmed')
    return "This account isn't confirmed yet — ask your admin"
  if (error.code === 'user_banned') return 'This account is disabled — ask your admin'
  // supabase-js reports a network failure as status 0 and a gateway failure as 502–504.
  if (error.name === 'AuthRetryableFetchError' || error.status === 0) {
    return error.status
      ? "The sign-in service isn't answering — try again in a moment"
      : "Can't reach the sign-in service — check your connection"
  }
  return `Sign-in didn't work: ${error.message}`
}
