import { useCallback, useEffect, useState } from 'react'
import { startAuth } from '../auth/auth-client.ts'
import { fetchRuntimeConfig, readCachedConfig, type RuntimeConfig } from './runtime-config.ts'

export type ConfigState =
  | { status: 'loading' }
  | { status: 'ready'; config: RuntimeConfig }
  | { status: 'failed'; offline: boolean }

function initialState(): ConfigState {
  const cached = readCachedConfig()
  if (!cached) return { status: 'loading' }
  startAuth(cached)
  return { status: 'ready', config: cached }
}

/**
 * The runtime config: the cached copy at once when there is one (so the app starts offline),
 * refreshed from the server in the background; otherwise fetched, with a retry.
 */
export function useRuntimeConfig(): [ConfigState, () => void] {
  const [state, setState] = useState(initialState)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let cancelled = false
    fetchRuntimeConfig().then(
      (config) => {
        if (cancelled) return
        // The auth client made from a cached config stays until the next start: replacing it
        // mid-session would drop its listeners. A changed project URL takes effect on reload.
        startAuth(config)
        setState({ status: 'ready', config })
      },
      () => {
        if (cancelled) return
        setState((current) =>
          current.status === 'ready' ? current : { status: 'failed', offline: !navigator.onLine },
        )
      },
    )
    return () => {
      cancelled = true
    }
  }, [attempt])

  const failed = state.status === 'failed'
  useEffect(() => {
    if (!failed) return
    const retryWhenOnline = () => setAttempt((n) => n + 1)
    window.addEventListener('online', retryWhenOnline)
    return () => window.removeEventListener('online', retryWhenOnline)
  }, [failed])

  const retry = useCallback(() => {
    setState({ status: 'loading' })
    setAttempt((n) => n + 1)
  }, [])
  return [state, retry]
}
