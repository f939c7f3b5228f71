import type { LocalDb, LocalRow } from './local-db.ts'

type Member = Pick<LocalRow<'members'>, 'display_name' | 'email'>
type ListedMember = Member & Pick<LocalRow<'members'>, 'user_id' | 'deleted_at'>

/**
 * What to call a colleague: their display name, else their email.
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
  return namesByUser(await db.members.toArray())
}

/**
 * Member rows by user id, as `memberName` calls them. A person invited again after leaving has
 * a live row beside the tombstone of the old one: the live row names them.
 */
export function namesByUser(members: readonly ListedMember[]): Map<string, string> {
  const tombstonesFirst = [...members].sort(
    (a, b) => Number(a.deleted_at == null) - Number(b.deleted_at == null),
  )
  return new Map(tombstonesFirst.map((m) => [m.user_id, memberName(m)]))
}

/**
 * What to call the person who wrote something: `you` for the viewer themselves, else their
 * name from `names`.
 *
 * @example
 * authorName(names, row.author_id, userId)        // 'You', 'Jordan Okafor' or 'A colleague'
 * authorName(names, row.author_id, userId, 'you') // mid-sentence: 'by you'
 */
export function authorName(
  names: Map<string, string>,
  authorId: string,
  viewerId: string,
  you = 'You',
): string {
  return authorId === viewerId ? you : (names.get(authorId) ?? memberName(undefined))
}
