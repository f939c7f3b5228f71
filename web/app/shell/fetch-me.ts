import { meResponse } from '../../../api/contract/me.ts'
import { api } from '../api-client.ts'
import { ApiError } from '../api-error.ts'
import { writeCached } from '../local-cache.ts'
import { meCacheKey, type Me } from './use-me.ts'

/**
 * Asks the API who the signed-in person is and keeps the answer for the next offline start.
 */
export async function fetchMe(): Promise<Me> {
  const response = await api.me.$get()
  if (!response.ok) throw new ApiError(response.status, `GET /api/me answered ${response.status}`)
  const body = meResponse.parse(await response.json())
  const me: Me = {
    userId: body.user.id,
    email: body.user.email,
    displayName: body.user.displayName,
    org: body.org,
    role: body.role,
  }
  writeCached(meCacheKey, me)
  return me
}
