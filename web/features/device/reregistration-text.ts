import type { Reregistration } from '../../local/local-db.ts'

const changes = (n: number) => (n === 1 ? 'your 1 change' : `your ${n.toLocaleString()} changes`)

/**
 * What the Device screen says after the server did not recognise this device's sync history
 * and the device registered anew: when, how many changes it sent again, and whether that worked.
 *
 * @example
 * reregistrationText(record, (iso) => new Date(iso).toLocaleString())
 * // "The server didn't recognise this device's sync history (restored from a backup?). On …,
 * //  it registered this device anew and sent your 3 changes again."
 */
export function reregistrationText(record: Reregistration, when: (iso: string) => string): string {
  const start =
    "The server didn't recognise this device's sync history (restored from a backup?). " +
    `On ${when(record.at)}, it registered this device anew and `
  const none = record.resent === 0
  const sent = none ? 'had nothing waiting to send' : `sent ${changes(record.resent)} again`
  if (record.failedAgain) {
    return (
      `${start}${sent}, but the server refused this device the same way. Nothing was lost: ` +
      'your changes are kept on this device; please report it.'
    )
  }
  if (!record.accepted && !none) return `${start}is sending ${changes(record.resent)} again.`
  return `${start}${sent}.`
}
