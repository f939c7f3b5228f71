import { ApiError } from './api-error.ts'

/** What a screen sees of a value read from the API. */
export interface ServerValueState<T> {
  /** The last value fetched, or the cached copy it started from; undefined when there is none. */
  data: T | undefined
  fetching: boolean
}

/** One value read from the API, kept in memory while the app runs. */
export interface ServerValue<T> {
  get(): ServerValueState<T>
  subscribe(listener: () => void): () => void
  /** Fetches unless a fetch is under way, the value is fresh, or the device is offline. */
  refresh(): Promise<void>
}

interface Options<T> {
  fetch: () => Promise<T>
  /** A copy kept on the device, shown until the first fetch answers (it counts as stale). */
  initial?: T
  staleMs?: number
  retryDelayMs?: (attempt: number) => number
}

const retries = 2
const values = new Map<string, ServerValue<unknown> & { stop(): void }>()

// A 4xx will not fix itself on retry; a dropped connection or a 5xx might.
const mayRetry = (error: unknown) => !(error instanceof ApiError && error.status < 500)

function create<T>(options: Options<T>): ServerValue<T> & { stop(): void } {
  const { staleMs = 60_000, retryDelayMs = (attempt) => 1000 * 2 ** attempt } = options
  let state: ServerValueState<T> = { data: options.initial, fetching: false }
  let fetchedAt = Number.NEGATIVE_INFINITY
  let stopped = false
  const listeners = new Set<() => void>()
  const set = (next: Partial<ServerValueState<T>>) => {
    if (stopped) return
    state = { ...state, ...next }
    for (const listener of listeners) listener()
  }
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async refresh() {
      if (state.fetching || !navigator.onLine || Date.now() - fetchedAt < staleMs) return
      set({ fetching: true })
      for (let attempt = 0; ; attempt += 1) {
        try {
          const data = await options.fetch()
          fetchedAt = Date.now()
          set({ data, fetching: false })
          return
        } catch (error) {
          if (stopped || attempt >= retries || !mayRetry(error)) {
            set({ fetching: false })
            return
          }
          await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt)))
        }
      }
    },
    stop: () => (stopped = true),
  }
}

/**
 * The value read from the API under `key`, made on first use by `options` and shared by every
 * screen that asks for the same key until `clearServerValues()`. The app reads one such value
 * (`/api/me`); everything else comes from the device database.
 *
 * @example
 * const me = serverValue(`me:${userId}`, { fetch: fetchMe, initial: cachedMe })
 * await me.refresh()
 */
export function serverValue<T>(key: string, options: Options<T>): ServerValue<T> {
  const found = values.get(key) as (ServerValue<T> & { stop(): void }) | undefined
  if (found) return found
  const made = create(options)
  values.set(key, made as ServerValue<unknown> & { stop(): void })
  return made
}

/**
 * Forgets every value read from the API (sign-out); a fetch still under way is dropped.
 */
export function clearServerValues(): void {
  for (const value of values.values()) value.stop()
  values.clear()
}
