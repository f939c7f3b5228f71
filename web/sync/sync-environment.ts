/** What the engine needs to know about the page it runs in; Node gets an always-online stub. */
export interface SyncEnvironment {
  isOnline(): boolean
  isVisible(): boolean
  /** Calls back on the page's `online`/`offline` events and when it becomes visible. */
  listen(handlers: { online(): void; offline(): void; visible(): void }): () => void
}

/** For Node (tests, fault injection): always online and visible, no events. */
export const headlessEnvironment: SyncEnvironment = {
  isOnline: () => true,
  isVisible: () => true,
  listen: () => () => undefined,
}

/**
 * The browser page's connectivity and visibility; the headless stub where there is no page.
 */
export function pageEnvironment(): SyncEnvironment {
  if (typeof window === 'undefined' || typeof document === 'undefined') return headlessEnvironment
  return {
    isOnline: () => navigator.onLine !== false,
    isVisible: () => document.visibilityState !== 'hidden',
    listen({ online, offline, visible }) {
      const onVisibility = () => {
        if (document.visibilityState === 'visible') visible()
      }
      window.addEventListener('online', online)
      window.addEventListener('offline', offline)
      document.addEventListener('visibilitychange', onVisibility)
      return () => {
        window.removeEventListener('online', online)
        window.removeEventListener('offline', offline)
        document.removeEventListener('visibilitychange', onVisibility)
      }
    },
  }
}
