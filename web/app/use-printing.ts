import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

/**
 * Whether the page is being printed (or shown as print media), live: what renders only for
 * paper, such as a briefing's one-page sheet, stays out of the screen's DOM otherwise.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => matchMedia('print').matches)
  useEffect(() => {
    const query = matchMedia('print')
    // The browser lays the page out for paper as soon as `beforeprint` returns: the sheet must
    // be in the DOM by then, not at React's next render.
    const start = () => flushSync(() => setPrinting(true))
    const end = () => setPrinting(false)
    const change = (event: MediaQueryListEvent) => (event.matches ? start() : end())
    window.addEventListener('beforeprint', start)
    window.addEventListener('afterprint', end)
    query.addEventListener('change', change)
    return () => {
      window.removeEventListener('beforeprint', start)
      window.removeEventListener('afterprint', end)
      query.removeEventListener('change', change)
    }
  }, [])
  return printing
}
