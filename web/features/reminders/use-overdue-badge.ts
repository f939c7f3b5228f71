import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useRef } from 'react'
import { useLocalDb } from '../../local/use-local-db.ts'
import { filterContext } from '../commitments/commitment-filter.ts'
import { readLedger } from '../commitments/use-commitment-ledger.ts'
import { myOverdueCount, showAppBadge } from './overdue-badge.ts'

/**
 * Keeps the app icon's badge at the number of the person's overdue commitments (as the
 * commitments screen counts them), live as rows change and as days pass; clears it when the
 * shell goes (sign-out). Takes the user id: the shell calls it above its SignedInProvider.
 */
export function useOverdueBadge(userId: string): void {
  const db = useLocalDb()
  const ledger = useLiveQuery(() => readLedger(db, userId), [db, userId])
  const shown = useRef<number | null>(null)

  useEffect(() => {
    if (!ledger) return
    const items = ledger.entries.map((entry) => entry.item)
    const update = () => {
      const count = myOverdueCount(items, filterContext(userId, ledger.myAccountIds, new Date()))
      if (count === shown.current) return
      shown.current = count
      showAppBadge(count)
    }
    update()
    // A commitment becomes overdue at midnight with no row changing; a timer, not state, so
    // the shell does not re-render every minute.
    const timer = setInterval(update, 60_000)
    return () => clearInterval(timer)
  }, [ledger, userId])

  useEffect(
    () => () => {
      shown.current = null
      showAppBadge(0)
    },
    [],
  )
}
