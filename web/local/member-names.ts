import type { LocalDb, LocalRow } from './local-db.ts'

type Member = Pick<LocalRow<'members'>, 'user_id' | 'display_name' | 'email'>

/**
 * What to call a colleague: their display name, else their email.
 *
 * @example
 * memberName(member) // 'Jordan Okafor'
 */
export function memberName(member: Member | undefined): string {
  return member?.display_name ?? member?.email ?? 'A colleague'
}

/**
 * Everyone on the device's member list, by user id, as `memberName` calls them; people who
 * have left keep their names, since they still wrote what they wrote.
 *
 * @example
 * const names = await readMemberNames(db)
 * names.get(row.author_id) ?? 'A colleague'
 */
export async function readMemberNames(db: LocalDb): Promise<Map<string, string>> {
  const members = await db.members.toArray()
  return new Map(members.map((m) => [m.user_id, memberName(m)]))
}
