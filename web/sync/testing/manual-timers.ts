import type { Timers } from '../sync-http.ts'

interface Scheduled {
  id: number
  at: number
  callback: () => void
}

/**
 * Timers driven by the test: nothing fires until `advance` moves the clock past it.
 *
 * @example
 * const timers = new ManualTimers()
 * engine = createSyncEngine({ ..., timers, now: () => timers.now })
 * await timers.advance(1_000)
 */
export class ManualTimers implements Timers {
  now = 1_800_000_000_000
  private nextId = 1
  private scheduled: Scheduled[] = []

  setTimeout = (callback: () => void, ms: number): unknown => {
    const id = this.nextId++
    this.scheduled.push({ id, at: this.now + ms, callback })
    return id
  }

  clearTimeout = (handle: unknown): void => {
    this.scheduled = this.scheduled.filter((timer) => timer.id !== handle)
  }

  /** Delays (from now) of the timers still waiting, soonest first. */
  pending(): number[] {
    return this.scheduled.map((timer) => timer.at - this.now).sort((a, b) => a - b)
  }

  /** Moves the clock forward, firing due timers in order. */
  advance(ms: number): void {
    const until = this.now + ms
    for (;;) {
      const due = this.scheduled.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0]
      if (!due) break
      this.scheduled = this.scheduled.filter((timer) => timer !== due)
      this.now = due.at
      due.callback()
    }
    this.now = until
  }
}
