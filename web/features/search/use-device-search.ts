import { useEffect, useMemo, useRef, useState } from 'react'
import { useLocalDb } from '../../local/use-local-db.ts'
import { searchClient, type Answer } from './search-client.ts'

/** The answer on screen, and whether the worker has answered anything yet (its index is built). */
export interface DeviceSearch {
  answer: Answer | null
  ready: boolean
}

/**
 * The latest answer of the device's search to `query`, or to a query typed before it since the
 * box was last emptied (until the worker has answered the latest); null when there is none. An
 * answer to a query from before the box was emptied is never shown: it would be rendered only to
 * be replaced a moment later.
 */
export function useDeviceSearch(userId: string, query: string): DeviceSearch {
  const db = useLocalDb()
  const client = useMemo(() => searchClient(db.name, userId), [db, userId])
  const asked = useRef(new Set<string>())
  const [answer, setAnswer] = useState<Answer | null>(() => {
    const last = client.last()
    return last && last.query === query ? last : null
  })
  const [ready, setReady] = useState(() => client.last() !== null)
  useEffect(
    () =>
      client.subscribe((next) => {
        setReady(true)
        if (asked.current.has(next.query)) setAnswer(next)
      }),
    [client],
  )
  useEffect(() => {
    if (query.trim()) {
      asked.current.add(query)
      client.ask(query)
      return
    }
    asked.current.clear()
  }, [client, query])
  // The box was emptied: its answer goes with it (React's way to reset state from a prop).
  if (!query.trim() && answer) setAnswer(null)
  return { answer, ready }
}
