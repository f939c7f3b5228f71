import { useMemo } from 'react'
import { memberRoles, type MemberRole } from '../../../api/contract/roles.ts'
import { isRecord, readCached, userCachePrefix } from '../local-cache.ts'
import { serverValue } from '../server-value.ts'
import { useServerValue } from '../use-server-value.ts'

export type Role = MemberRole

/** Who the signed-in person is in their organisation, as the header and device page show it. */
export interface Me {
  userId: string
  email: string | null
  displayName: string | null
  org: { id: string; name: string } | null
  role: Role | null
}

/** Where the last answer of `/api/me` is kept, for an offline start. */
export const meCacheKey = `${userCachePrefix}me`
const roles = new Set<unknown>(memberRoles)

/**
 * Validates a cached `Me`.
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

// The typed API client (with Hono's) loads with the first fetch, not with the first screen.
const fetchMe = () => import('./fetch-me.ts').then((module) => module.fetchMe())

/**
 * The signed-in person's org and role from `GET /api/me`, starting from the copy cached on this
 * device so the header is filled in offline; `loading` while there is neither yet.
 */
export function useMe(userId: string): { me: Me | undefined; loading: boolean } {
  const value = useMemo(() => {
    const cached = readCached(meCacheKey, parseMe)
    const initial = cached?.userId === userId ? cached : undefined
    return serverValue(`me:${userId}`, { fetch: fetchMe, initial })
  }, [userId])
  const { data, fetching } = useServerValue(value)
  return { me: data, loading: data === undefined && fetching }
}
