import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** The GoTrue error codes this server answers with (auth-js knows each one). */
export type GotrueErrorCode =
  | 'bad_json'
  | 'bad_jwt'
  | 'invalid_credentials'
  | 'no_authorization'
  | 'over_request_rate_limit'
  | 'refresh_token_already_used'
  | 'refresh_token_not_found'
  | 'same_password'
  | 'session_not_found'
  | 'unexpected_failure'
  | 'user_banned'
  | 'user_not_found'
  | 'validation_failed'
  | 'weak_password'

export interface GotrueError {
  status: ContentfulStatusCode
  code: GotrueErrorCode
  message: string
  /** The OAuth 2 `error` of a /token failure (RFC 6749 §5.2); other errors repeat `code`. */
  oauthError?: 'invalid_grant' | 'invalid_request' | 'unsupported_grant_type'
  /** GoTrue's extra fields of some errors, such as `weak_password: { reasons }`. */
  details?: Record<string, unknown>
}

const apiVersionHeader = 'X-Supabase-Api-Version'
const currentApiVersion = '2024-01-01'

/** True when the client declared API version 2024-01-01 or later, as auth-js always does. */
function speaksApiVersion2024(c: Context): boolean {
  const declared = c.req.header(apiVersionHeader) ?? ''
  return /^\d{4}-\d{2}-\d{2}$/.test(declared) && declared >= currentApiVersion
}

/**
 * Answers with GoTrue's error body. A client that sends `X-Supabase-Api-Version: 2024-01-01`
 * gets `{ code: 'invalid_credentials', message }` and the header echoed, from which auth-js
 * takes `error.code`; older clients get GoTrue's legacy `{ code: 400, error_code, msg }`. Both
 * also carry OAuth's `error` / `error_description`, so plain OAuth clients understand a
 * /token failure (`invalid_grant`).
 */
export function gotrueError(c: Context, error: GotrueError): Response {
  const shared = {
    error: error.oauthError ?? error.code,
    error_description: error.message,
    ...error.details,
  }
  if (speaksApiVersion2024(c)) {
    c.header(apiVersionHeader, currentApiVersion)
    // error_code too: a cross-origin page may not see the echoed header unless CORS exposes it.
    return c.json(
      { code: error.code, error_code: error.code, message: error.message, ...shared },
      error.status,
    )
  }
  return c.json(
    { code: error.status, error_code: error.code, msg: error.message, ...shared },
    error.status,
  )
}

/** A /token failure GoTrue reports as OAuth's `invalid_grant` (always status 400). */
export function invalidGrant(code: GotrueErrorCode, message: string): GotrueError {
  return { status: 400, code, message, oauthError: 'invalid_grant' }
}
