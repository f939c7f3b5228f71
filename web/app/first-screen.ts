let ready = false
const waiting = new Set<() => void>()

/**
 * Says the first screen has what it came for (the portfolio: its rows computed from the device
 * database), so the work that can wait starts now and not while that screen is being computed.
 */
export function markFirstScreenReady(): void {
  if (ready) return
  ready = true
  for (const run of [...waiting]) run()
  waiting.clear()
}

/**
 * Runs `work` once the first screen is ready, or after `fallbackMs` when that screen never says
 * so (a screen other than the portfolio opened first). Returns the cancel.
 */
export function afterFirstScreen(work: () => void, fallbackMs = 4000): () => void {
  if (ready) {
    work()
    return () => undefined
  }
  let done = false
  const run = () => {
    if (done) return
    done = true
    clearTimeout(timer)
    waiting.delete(run)
    work()
  }
  const timer = setTimeout(run, fallbackMs)
  waiting.add(run)
  return () => {
    done = true
    clearTimeout(timer)
    waiting.delete(run)
  }
}
