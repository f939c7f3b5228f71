import { useCallback, useEffect, useRef, useState } from 'react'

/**
 * Focuses an element by id once it is on the page: after the render that a state change causes,
 * not before (a new row, an undo button, the control a closed form leaves behind).
 *
 * @example
 * const focusLater = useFocusLater()
 * onAdd(() => focusLater(`row-${key}-title`))
 */
export function useFocusLater(): (id: string) => void {
  const pending = useRef<string | null>(null)
  const [, setRequests] = useState(0)
  // Runs after every commit of this component; does nothing unless a focus is pending.
  useEffect(() => {
    const id = pending.current
    const element = id ? document.getElementById(id) : null
    if (element) {
      pending.current = null
      element.focus()
    }
  })
  return useCallback((id: string) => {
    pending.current = id
    setRequests((n) => n + 1)
  }, [])
}
