/**
 * The latest live check-in's time among an account's check-ins (ISO-8601), or null when none:
 * what the next visit's due date counts from.
 *
 * @example
 * lastCheckinAt(rows.checkins) // '2026-11-01T15:00:00.000Z'
 */
export function lastCheckinAt(
  checkins: readonly { occurred_at: string; deleted_at: string | null }[],
): string | null {
  let latest: string | null = null
  for (const { occurred_at, deleted_at } of checkins) {
    if (!deleted_at && (latest === null || occurred_at > latest)) latest = occurred_at
  }
  return latest
}
