import { useEffect, useMemo, useState } from 'react'
import { useLocalDb } from '../../sync/sync-provider.tsx'
import { searchClient, type Answer } from './search-client.ts'

/**
 * The latest answer of the device's search to `query` (or to the query before it, until the
 * worker has answered); null until the first answer.
 *
 * @example
 * const answer = useDeviceSearch(userId, query)
 */
export function useDeviceSearch(userId: string, query: string): Answer | null {
  const db = useLocalDb()
  const client = useMemo(() => searchClient(db.name, userId), [db, userId])
  const [answer, setAnswer] = useState<Answer | null>(() => client.last())
  useEffect(() => client.subscribe(setAnswer), [client])
  useEffect(() => {
    if (query.trim()) client.ask(query)
  }, [client, query])
  return answer
}
