import { useEffect, useState } from 'react'

let pending: { message: string; at: number } | null = null

// A message nobody took soon after it was left is stale (e.g. the save's screen never opened).
const freshMs = 5_000

/**
 * Leaves a short message for the next screen to announce, e.g. "Saved — will sync" after a save
 * that navigates away.
 *
 * @example
 * flash('Saved — will sync')
 * navigate(relationshipHref(id))
 */
export function flash(message: string): void {
  pending = { message, at: Date.now() }
}

/**
 * The message left by `flash`, read when the screen mounts and then forgotten, so it shows once.
 */
export function useFlash(): string | null {
  const [message] = useState(() =>
    pending && Date.now() - pending.at < freshMs ? pending.message : null,
  )
  useEffect(() => {
    pending = null
  }, [])
  return message
}
