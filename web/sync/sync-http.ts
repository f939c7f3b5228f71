import { membershipEnded } from '../../api/contract/session-errors.ts'
import { syncError, type SyncError } from './sync-error.ts'

/** The part of `fetch` sync uses; `window.fetch` and Node's fetch both fit. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>

/** Timer functions, injectable so tests control time. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

/** The platform's timers. */
export const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

export interface SyncHttpOptions {
  fetch: FetchLike
  /** Prefix for `/api/sync/...`: '' in the browser, the server's origin in Node. */
  baseUrl?: string
  getAccessToken: () => Promise<string | null>
  /** Renews the session: true when renewed, false when signed out; throws when unreachable. */
  refreshSession: () => Promise<boolean>
  timers?: Timers
  timeoutMs?: number
}

/** An answer the caller must interpret: 200, 409 or 413, with its JSON body when it has one. */
export interface SyncAnswer {
  status: number
  body: unknown
}

export type SyncHttp = (method: 'GET' | 'POST', path: string, body?: unknown) => Promise<SyncAnswer>

function failure(status: number, body: unknown): SyncError {
  const detail =
    typeof body === 'object' &&
    body !== null &&
    'message' in body &&
    typeof body.message === 'string'
      ? body.message
      : `HTTP ${status}`
  if (status === 400) return syncError('bad_request', status, detail)
  if (status === 403) return syncError('forbidden', status, detail)
  return syncError('server', status, detail)
}

/**
 * Sends sync requests with the access token, a timeout, and one session refresh on a 401; a
 * second 401 or a refused refresh is `signed_out`, a 401 saying the person was removed from
 * every organisation is `removed`. Anything other than 200/409/413 throws.
 *
 * @example
 * const http = createSyncHttp({ fetch: window.fetch, getAccessToken, refreshSession })
 * const { status, body } = await http('POST', '/api/sync/push', request)
 */
export function createSyncHttp(options: SyncHttpOptions): SyncHttp {
  const send = options.fetch
  const timers = options.timers ?? realTimers
  const timeoutMs = options.timeoutMs ?? 30_000

  async function once(method: string, path: string, body: unknown, token: string) {
    const controller = new AbortController()
    const timer = timers.setTimeout(() => controller.abort(), timeoutMs)
    try {
      const headers: Record<string, string> = { Authorization: `Bearer ${token}` }
      if (body !== undefined) headers['Content-Type'] = 'application/json'
      const response = await send(`${options.baseUrl ?? ''}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
      })
      const text = await response.text()
      let json: unknown = undefined
      try {
        json = text ? JSON.parse(text) : undefined
      } catch {
        json = undefined
      }
      return { status: response.status, body: json }
    } catch (error) {
      if (controller.signal.aborted) throw syncError('timeout')
      throw syncError('network', undefined, error instanceof Error ? error.message : undefined)
    } finally {
      timers.clearTimeout(timer)
    }
  }

  async function refreshedToken(): Promise<string> {
    let renewed: boolean
    try {
      renewed = await options.refreshSession()
    } catch (error) {
      const detail = error instanceof Error ? error.message : undefined
      throw syncError('network', undefined, `session refresh failed: ${detail ?? 'unknown'}`)
    }
    const token = renewed ? await options.getAccessToken() : null
    if (!token) throw syncError('signed_out', 401)
    return token
  }

  const isRemoval = (answer: { status: number; body: unknown }) =>
    answer.status === 401 &&
    typeof answer.body === 'object' &&
    answer.body !== null &&
    (answer.body as { error?: unknown }).error === membershipEnded

  return async (method, path, body) => {
    let token = await options.getAccessToken()
    const refreshedFirst = !token
    if (!token) token = await refreshedToken()
    let answer = await once(method, path, body, token)
    // Removed from the office: no new token would help, and trying would end the session first.
    if (isRemoval(answer)) throw syncError('removed', 401)
    if (answer.status === 401 && !refreshedFirst) {
      answer = await once(method, path, body, await refreshedToken())
    }
    if (isRemoval(answer)) throw syncError('removed', 401)
    if (answer.status === 401) throw syncError('signed_out', 401)
    if (answer.status === 200 || answer.status === 409 || answer.status === 413) return answer
    throw failure(answer.status, answer.body)
  }
}
