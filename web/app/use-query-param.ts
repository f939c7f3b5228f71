import { useCallback, useEffect, useRef, useState } from 'react'

// Safari refuses more than 100 history changes in 30 s; typing must not get near that.
const writeDelayMs = 400

/**
 * A piece of screen state kept in the address's query string (e.g. `?q=budget`), so going back to
 * the screen finds it as it was left. The address is updated a moment after the last change.
 */
export function useQueryParam(name: string): [string, (value: string) => void] {
  const [value, setValue] = useState(
    () => new URLSearchParams(window.location.search).get(name) ?? '',
  )
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
    },
    [],
  )
  const set = useCallback(
    (next: string) => {
      setValue(next)
      if (timer.current) clearTimeout(timer.current)
      const path = window.location.pathname
      timer.current = setTimeout(() => {
        if (window.location.pathname !== path) return
        const url = new URL(window.location.href)
        if (next) url.searchParams.set(name, next)
        else url.searchParams.delete(name)
        window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash)
      }, writeDelayMs)
    },
    [name],
  )
  return [value, set]
}
