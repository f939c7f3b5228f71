/** Who may read a check-in (PRODUCT.md): everyone in the org, or only its author when private. */

/**
 * Whether `viewerId` may read a check-in: a private one only for its author.
 *
 * @example
 * mayRead({ visibility: 'private', author_id: 'u2' }, 'u1') // false
 */
export function mayRead(
  checkin: { visibility: 'org' | 'private'; author_id: string },
  viewerId: string | null,
): boolean {
  return checkin.visibility !== 'private' || checkin.author_id === viewerId
}
