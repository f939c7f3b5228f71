import type { Role } from './use-me.ts'

const labels: Record<Role, { full: string; short: string }> = {
  admin: { full: 'Admin', short: 'Admin' },
  lead: { full: 'BRM lead', short: 'Lead' },
  manager: { full: 'BRM manager', short: 'Manager' },
  viewer: { full: 'Viewer', short: 'Viewer' },
}

/**
 * The role as people say it; `short` fits the header of a 320 px screen.
 *
 * @example
 * roleLabel('lead') // 'BRM lead'
 * roleLabel('lead', 'short') // 'Lead'
 */
export function roleLabel(role: Role, length: 'full' | 'short' = 'full'): string {
  return labels[role][length]
}
