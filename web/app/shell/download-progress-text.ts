import type { DownloadProgress } from '../../local/local-db.ts'

/** What the download bar shows and says. */
export interface DownloadBar {
  /** The visible words: rows so far, and of about how many. */
  text: string
  /** The bar's value and maximum; both undefined when the total is not known (indeterminate). */
  value?: number
  max?: number
}

/**
 * The download bar's words and figures: rows so far out of the server's estimate (never below
 * what arrived: rows written meanwhile come on top of it), or rows so far alone.
 *
 * @example
 * downloadBar({ received: 3400, estimatedTotal: 10000 }, 'en')
 * // { text: 'Downloading your data: 3,400 of about 10,000 rows', value: 3400, max: 10000 }
 */
export function downloadBar(progress: DownloadProgress, locale?: string): DownloadBar {
  const count = (n: number) => n.toLocaleString(locale)
  const { received, estimatedTotal } = progress
  if (estimatedTotal === null || estimatedTotal === 0) {
    const rows = received === 1 ? 'row' : 'rows'
    return { text: `Downloading your data: ${count(received)} ${rows} so far` }
  }
  const max = Math.max(estimatedTotal, received)
  return {
    text: `Downloading your data: ${count(received)} of about ${count(max)} rows`,
    value: received,
    max,
  }
}
