import { hc } from 'hono/client'
import type { AppType } from '../../api/app.ts'
import { getAccessToken } from '../auth/access-token.ts'

/**
 * The API's typed client; every request carries the current access token when there is one.
 *
 * @example
 * const response = await api.me.$get()
 */
export const api = hc<AppType>('/api', {
  headers: async (): Promise<Record<string, string>> => {
    const token = await getAccessToken()
    return token ? { Authorization: `Bearer ${token}` } : {}
  },
})

/** A non-2xx answer from the API, kept as a value so screens can say what went wrong. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}
