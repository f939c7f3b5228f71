import { useEffect } from 'react'
import { useLocalDb } from '../../local/use-local-db.ts'
import { useOverdueBadge } from '../../features/reminders/use-overdue-badge.ts'
import { warmSearch } from '../../features/search/search-client.ts'
import { preloadScreens } from './lazy-screens.ts'

/**
 * What the signed-in app does once its first screen is up, in a chunk of its own: keep the app
 * icon's badge, fetch the other screens' code, start the search worker. Each reads the device
 * database or parses code, so none of it runs while the first screen is being computed.
 */
export function AfterStart({ userId }: { userId: string }) {
  const db = useLocalDb()
  useOverdueBadge(userId)
  useEffect(() => preloadScreens(0), [])
  useEffect(() => warmSearch(db.name, userId, 0), [db, userId])
  return null
}
