import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { relativeTime, sentenceStart } from '../../app/relative-time.ts'
import { useNow } from '../../app/use-now.ts'
import { useOnline } from '../../app/use-online.ts'
import type { SyncOutcome } from '../../sync/sync-engine.ts'
import { readMeta } from '../../local/meta.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { useSyncEngine } from '../../sync/sync-provider.tsx'
import type { SyncStatus } from '../../sync/sync-status.ts'
import { useSyncStatus } from '../../sync/use-sync-status.ts'
import { DownloadProgress } from '../../app/shell/download-progress.tsx'
import { DeviceRow } from './device-row.tsx'
import { reregistrationText } from './reregistration-text.ts'

const dateAndTime = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })

function statusWords(status: SyncStatus, online: boolean): string {
  if (status.state === 'signed_out') return 'Sign in to sync — your changes are kept here'
  if (!online || status.state === 'offline') return 'Offline — changes wait on this device'
  if (status.state === 'syncing') return 'Syncing…'
  if (status.state === 'error') return 'Sync failed — it will try again by itself'
  if (status.pending > 0) return 'Changes waiting to be sent'
  return status.lastSyncedAt ? 'Up to date' : 'Not synced yet'
}

function outcomeText(outcome: SyncOutcome): string {
  if (!outcome.ok) return outcome.message
  const parts = [`${outcome.pushed} sent`, `${outcome.pulled} received`]
  if (outcome.rejected) parts.push(`${outcome.rejected} refused (listed below)`)
  return `Synced: ${parts.join(', ')}.`
}

/**
 * Sync on this device: what is waiting, since when, the last good sync and the last problem,
 * and a button to sync now.
 */
export function SyncSection() {
  const status = useSyncStatus()
  const engine = useSyncEngine()
  const db = useLocalDb()
  const reregistration = useLiveQuery(() => readMeta(db, 'reregistration'), [db])
  const online = useOnline()
  const now = useNow(15_000)
  const [result, setResult] = useState<string | null>(null)
  // Intl says 'now' for the last seconds; 'just now' reads better after 'Made'.
  const ago = (iso: string) =>
    Math.abs(now.getTime() - Date.parse(iso)) < 45_000 ? 'just now' : relativeTime(iso, now)
  const since = (iso: string) => sentenceStart(ago(iso))
  const busy = status.state === 'syncing'

  async function syncNow() {
    if (!engine || busy) return
    setResult(null)
    setResult(outcomeText(await engine.syncNow()))
  }

  return (
    <section className="device-section" aria-labelledby="device-sync-title">
      <h2 id="device-sync-title" className="device-section-title">
        Sync
      </h2>
      <dl className="device-list">
        <DeviceRow label="Status">{statusWords(status, online)}</DeviceRow>
        <DeviceRow label="Pending changes" testId="pending-count">
          {status.pending.toLocaleString()}
        </DeviceRow>
        {status.oldestPendingAt && (
          <DeviceRow label="Oldest pending change">Made {ago(status.oldestPendingAt)}</DeviceRow>
        )}
        <DeviceRow label="Last successful sync">
          {status.lastSyncedAt ? since(status.lastSyncedAt) : 'Not yet on this device'}
        </DeviceRow>
        <DeviceRow label="Last error">{status.lastError ?? 'None'}</DeviceRow>
        {reregistration && (
          <DeviceRow label="Registered anew" testId="reregistration">
            {reregistrationText(reregistration, dateAndTime)}
          </DeviceRow>
        )}
        {status.nextRetryAt && status.state !== 'idle' && (
          <DeviceRow label="Next try">
            {new Date(status.nextRetryAt).toLocaleTimeString(undefined, { timeStyle: 'short' })}
          </DeviceRow>
        )}
      </dl>
      <DownloadProgress />
      <div className="device-actions">
        <button
          type="button"
          className="button button-secondary"
          aria-disabled={busy || !engine}
          onClick={() => void syncNow()}
        >
          Sync now
        </button>
      </div>
      <p className="device-note" role="status">
        {busy ? 'Syncing…' : result}
      </p>
    </section>
  )
}
