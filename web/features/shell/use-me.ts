import { useQuery } from '@tanstack/react-query'
import { memberRoles, type MemberRole } from '../../../api/contract/roles.ts'
import { api, ApiError } from '../../app/api-client.ts'
import { isRecord, readCached, userCachePrefix, writeCached } from '../../app/local-cache.ts'

export type Role = MemberRole

/** Who the signed-in person is in their organisation, as the header and device page show it. */
export interface Me {
  userId: string
  email: string | null
  displayName: string | null
  org: { id: string; name: string } | null
  role: Role | null
}

const cacheKey = `${userCachePrefix}me`
const roles = new Set<unknown>(memberRoles)

/**
 * Validates a cached `Me`.
 *
 * @example
 * parseMe({ userId: 'u1', email: null, displayName: null, org: null, role: null })
 */
export function parseMe(value: unknown): Me | null {
  if (!isRecord(value) || typeof value.userId !== 'string') return null
  const { email, displayName, org, role } = value
  const validOrg = isRecord(org) && typeof org.id === 'string' && typeof org.name === 'string'
  return {
    userId: value.userId,
    email: typeof email === 'string' ? email : null,
    displayName: typeof displayName === 'string' ? displayName : null,
    org: validOrg ? { id: org.id as string, name: org.name as string } : null,
    role: roles.has(role) ? (role as Role) : null,
  }
}

async function fetchMe(): Promise<Me> {
  const response = await api.me.$get()
  if (!response.ok) throw new ApiError(response.status, `GET /api/me answered ${response.status}`)
  const body = await response.json()
  const me: Me = {
    userId: body.user.id,
    email: body.user.email,
    displayName: body.user.displayName,
    org: body.org,
    role: body.role,
  }
  writeCached(cacheKey, me)
  return me
}

/**
 * The signed-in person's org and role from `GET /api/me`, starting from the copy cached on this
 * device so the header is filled in offline.
 *
 * @example
 * const { data: me } = useMe(session.user.id)
 */
export function useMe(userId: string) {
  return useQuery({
    queryKey: ['me', userId],
    queryFn: fetchMe,
    initialData: () => {
      const cached = readCached(cacheKey, parseMe)
      return cached?.userId === userId ? cached : undefined
    },
    initialDataUpdatedAt: 0,
  })
}
