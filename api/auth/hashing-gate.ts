export interface HashingGateOptions {
  /** Hashes running at once; each scrypt at OWASP's cost holds 128 MiB and a core. */
  concurrency: number
  /** Hashes waiting for a turn; past this, `run` refuses at once. */
  queueLimit: number
}

export interface HashingGate {
  /** Runs `work` when a slot is free, or returns `busy` when the queue is full too. */
  run<T>(work: () => Promise<T>): Promise<{ kind: 'done'; value: T } | { kind: 'busy' }>
  /** How many `work`s have been started so far, and how many run or wait now. */
  stats(): { started: number; running: number; queued: number }
}

/**
 * A semaphore with a bounded queue around password hashing, so a burst of sign-ins costs at
 * most `concurrency` × 128 MiB and a bounded wait instead of the whole machine.
 *
 * @example
 * const gate = createHashingGate({ concurrency: 2, queueLimit: 16 })
 * const outcome = await gate.run(() => verifyPassword(password, stored))
 * if (outcome.kind === 'busy') return serviceUnavailable()
 */
export function createHashingGate(options: HashingGateOptions): HashingGate {
  let running = 0
  let started = 0
  const waiting: (() => void)[] = []

  async function turn() {
    if (running < options.concurrency) {
      running += 1
      return
    }
    await new Promise<void>((resolve) => waiting.push(resolve))
  }

  function release() {
    const next = waiting.shift()
    if (next) next()
    else running -= 1
  }

  return {
    async run(work) {
      if (running >= options.concurrency && waiting.length >= options.queueLimit) {
        return { kind: 'busy' }
      }
      await turn()
      started += 1
      try {
        return { kind: 'done', value: await work() }
      } finally {
        release()
      }
    },
    stats: () => ({ started, running, queued: waiting.length }),
  }
}
