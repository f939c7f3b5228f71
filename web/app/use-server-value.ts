import { useEffect, useSyncExternalStore } from 'react'
import type { ServerValue, ServerValueState } from './server-value.ts'

/**
 * A value read from the API, fetched when the screen mounts, when the app comes back into view
 * and when the connection returns, each time only if it is stale.
 *
 * @example
 * const { data: me, fetching } = useServerValue(serverValue(`me:${userId}`, { fetch: fetchMe }))
 */
export function useServerValue<T>(value: ServerValue<T>): ServerValueState<T> {
  const state = useSyncExternalStore(value.subscribe, value.get)
  useEffect(() => {
    const refresh = () => void value.refresh()
    const onVisible = () => document.visibilityState === 'visible' && refresh()
    refresh()
    window.addEventListener('online', refresh)
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      window.removeEventListener('online', refresh)
      document.removeEventListener('visibilitychange', onVisible)
    }
  }, [value])
  return state
}
