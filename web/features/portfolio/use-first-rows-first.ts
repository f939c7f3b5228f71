import { startTransition, useEffect, useState } from 'react'

/** More than a tall phone shows at once (about ten rows at 812 px). */
export const firstScreenful = 15

/**
 * `rows` cut to the first screenful, then whole once that has painted: the rest is rendered in
 * a transition, which React interrupts for input. Starts over when `source` changes (the saved
 * copy giving way to the rows computed from the device database), so each is on screen as soon
 * as its first rows are.
 */
export function useFirstRowsFirst<T>(rows: readonly T[], source: unknown): readonly T[] {
  const [wholeFor, setWholeFor] = useState<{ source: unknown } | null>(null)
  const whole = wholeFor !== null && wholeFor.source === source
  useEffect(() => {
    if (!whole) startTransition(() => setWholeFor({ source }))
  }, [whole, source])
  return whole || rows.length <= firstScreenful ? rows : rows.slice(0, firstScreenful)
}
