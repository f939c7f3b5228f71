import { relativeTime } from '../relative-time.ts'

/** The parts of the sync engine's status the chip reads. */
export interface ChipStatus {
  state: 'idle' | 'syncing' | 'offline' | 'signed_out' | 'error'
  pending: number
  lastSyncedAt: string | null
}

export type ChipTone = 'ok' | 'busy' | 'waiting' | 'problem'

export interface ChipLabel {
  /** What the chip shows; the time in it moves on every minute. */
  text: string
  /** The tail of `text` that may be dropped on the narrowest screens ("2 min. ago"). */
  detail?: string
  /** What the live region announces: the same without the clock, so it speaks on changes only. */
  announcement: string
  tone: ChipTone
}

const pendingText = (n: number) => `${n.toLocaleString()} pending`

/**
 * The sync chip's words for a status: offline, syncing, pending changes, or when it last synced.
 *
 * @example
 * chipLabel({ state: 'idle', pending: 0, lastSyncedAt: '2026-11-27T10:00:00Z' }, true, now)
 * // { text: 'Synced 2 min. ago', detail: '2 min. ago', announcement: 'Synced', tone: 'ok' }
 */
export function chipLabel(
  status: ChipStatus,
  online: boolean,
  now: Date,
  locale?: string,
): ChipLabel {
  const { state, pending } = status
  if (state === 'signed_out') {
    return { text: 'Sign in to sync', announcement: 'Sign in to sync', tone: 'problem' }
  }
  if (!online || state === 'offline') {
    if (pending === 0) return { text: 'Offline', announcement: 'Offline', tone: 'waiting' }
    const text = `Offline · ${pendingText(pending)}`
    // At 320 px "Offline · 3" must do; the Device screen says the rest.
    return { text, detail: 'pending', announcement: text, tone: 'waiting' }
  }
  if (state === 'syncing') return { text: 'Syncing…', announcement: 'Syncing', tone: 'busy' }
  if (state === 'error') return { text: 'Sync error', announcement: 'Sync error', tone: 'problem' }
  if (pending > 0) {
    return { text: pendingText(pending), announcement: pendingText(pending), tone: 'waiting' }
  }
  if (!status.lastSyncedAt) {
    return { text: 'Not synced yet', announcement: 'Not synced yet', tone: 'waiting' }
  }
  if (Math.abs(now.getTime() - Date.parse(status.lastSyncedAt)) < 45_000) {
    return { text: 'Synced just now', detail: 'just now', announcement: 'Synced', tone: 'ok' }
  }
  const ago = relativeTime(status.lastSyncedAt, now, {
    style: 'short',
    ...(locale ? { locale } : {}),
  })
  return { text: `Synced ${ago}`, detail: ago, announcement: 'Synced', tone: 'ok' }
}
