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
