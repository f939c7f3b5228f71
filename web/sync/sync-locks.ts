/** The part of the Web Locks API sync needs; in Node, `memoryLocks()` stands in. */
export interface SyncLocks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>
}

/**
 * Exclusive locks within one JavaScript realm: each request waits for the previous holder of the
 * same name.
 *
 * @example
 * const locks = memoryLocks()
 * await locks.request('liaison-sync:device-a', () => syncOnce())
 */
export function memoryLocks(): SyncLocks {
  const tails = new Map<string, Promise<unknown>>()
  return {
    request<T>(name: string, callback: () => Promise<T>): Promise<T> {
      const previous = tails.get(name) ?? Promise.resolve()
      const run = previous.then(callback, callback)
      const tail = run.then(
        () => undefined,
        () => undefined,
      )
      tails.set(name, tail)
      void tail.then(() => {
        if (tails.get(name) === tail) tails.delete(name)
      })
      return run
    },
  }
}

const fallback = memoryLocks()

/**
 * The browser's Web Locks (shared by every tab of the origin) when present, else in-memory locks.
 */
export function defaultLocks(): SyncLocks {
  const manager = typeof navigator === 'undefined' ? undefined : navigator.locks
  if (!manager) return fallback
  return {
    request<T>(name: string, callback: () => Promise<T>): Promise<T> {
      // The DOM typing says Promise<Promise<T>>; the lock's promise resolves with the callback's.
      return manager.request(name, callback) as unknown as Promise<T>
    },
  }
}
