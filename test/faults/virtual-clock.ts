import type { Timers } from '../../web/sync/sync-http.ts'

interface Due {
  at: number
  order: number
  run: () => unknown
}

/**
 * Time for a fault run that moves only when the run moves it. What is due runs one piece at a
 * time, in the order of its time (then of its scheduling), and is awaited before the next: so
 * what happens between two requests is decided by the seed, never by how fast the machine is.
 * It also stands in for the engine's timers, so a request times out only in virtual time.
 *
 * @example
 * const clock = new VirtualClock()
 * clock.later(40, () => deliverReplay())
 * await clock.advance(50) // the replay has been delivered and answered
 */
export class VirtualClock implements Timers {
  now = 0
  private order = 0
  private queue: Due[] = []

  setTimeout = (callback: () => void, ms: number): unknown => this.later(ms, callback)

  clearTimeout = (handle: unknown): void => {
    this.queue = this.queue.filter((due) => due !== handle)
  }

  /** Runs `work` (awaited) once the clock reaches `now + ms`. */
  later(ms: number, work: () => unknown): unknown {
    const due: Due = { at: this.now + Math.max(0, ms), order: this.order++, run: work }
    this.queue.push(due)
    return due
  }

  /** Moves the clock `ms` forward, running and awaiting what falls due on the way. */
  async advance(ms: number): Promise<void> {
    const until = this.now + ms
    for (let due = this.next(until); due; due = this.next(until)) {
      this.now = due.at
      await due.run()
    }
    this.now = until
  }

  /** Runs everything still scheduled, however far ahead. */
  async runAll(): Promise<void> {
    for (let due = this.next(Infinity); due; due = this.next(Infinity)) {
      this.now = Math.max(this.now, due.at)
      await due.run()
    }
  }

  private next(until: number): Due | undefined {
    const [due] = this.queue
      .filter((d) => d.at <= until)
      .sort((a, b) => a.at - b.at || a.order - b.order)
    if (due) this.queue = this.queue.filter((d) => d !== due)
    return due
  }
}
