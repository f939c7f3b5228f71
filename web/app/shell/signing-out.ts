import { useSyncExternalStore } from 'react'

let signingOut = false
const listeners = new Set<() => void>()

/**
 * Marks the shell as signing out: it then shows only a "Signing out…" screen, so no screen is
 * reading the device database while it is deleted.
 */
export function setSigningOut(value: boolean): void {
  signingOut = value
  for (const listener of listeners) listener()
}

/**
 * Whether a sign-out is under way.
 */
export function useSigningOut(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange)
      return () => listeners.delete(onChange)
    },
    () => signingOut,
    () => false,
  )
}
