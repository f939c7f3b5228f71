/**
 * A promise queue: each call runs after the previous one settles, whatever its outcome.
 */
export function createMutex() {
  let tail: Promise<unknown> = Promise.resolve()
  return function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = tail.then(work, work)
    tail = run.catch(() => undefined)
    return run
  }
}
