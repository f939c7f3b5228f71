import { BrandMark } from './brand-mark.tsx'

/**
 * Shown for the moment the app fetches its config on a device that has never run it.
 */
export function StartingScreen() {
  return (
    <main className="startup" aria-busy="true">
      <BrandMark className="startup-mark" />
      <h1 className="startup-title">Liaison</h1>
      <p className="startup-text">Starting…</p>
    </main>
  )
}

/**
 * Shown when the config cannot be fetched and none is cached: says why in plain words and offers
 * a retry (the app also retries by itself when the connection returns).
 */
export function StartupProblem({ offline, onRetry }: { offline: boolean; onRetry: () => void }) {
  return (
    <main className="startup">
      <BrandMark className="startup-mark" />
      <h1 className="startup-title">Liaison can't start yet</h1>
      <p className="startup-text">
        {offline
          ? "You're offline, and this device hasn't opened Liaison before. Connect once to finish setting up; after that it works offline."
          : "Liaison's server didn't answer. It may be restarting — try again in a moment."}
      </p>
      <button type="button" className="button button-primary" onClick={onRetry}>
        Try again
      </button>
    </main>
  )
}
