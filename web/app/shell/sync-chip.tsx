import { Link } from '../link.tsx'
import { useNow } from '../use-now.ts'
import { useOnline } from '../use-online.ts'
import { useSyncStatus } from '../../sync/use-sync-status.ts'
import { chipLabel } from './sync-label.ts'

/**
 * The header's sync state — offline, syncing, pending changes, or when it last synced — as a
 * link to the Device screen. Its live region speaks state changes only, not the ticking clock.
 */
export function SyncChip() {
  const status = useSyncStatus()
  const online = useOnline()
  const now = useNow(30_000)
  const label = chipLabel(status, online, now)
  return (
    // Left out of the shell saved for the next start (boot-shell.ts): its time would be stale.
    <div className="sync-chip-wrap" data-boot-omit="">
      <Link
        href="/device"
        className="sync-chip"
        data-testid="sync-chip"
        data-state={online ? status.state : 'offline'}
        data-tone={label.tone}
        data-pending={status.pending}
      >
        <span className="sync-chip-dot" aria-hidden="true" />
        {label.detail ? (
          <>
            {label.text.slice(0, -label.detail.length).trimEnd()}
            <span className="sync-chip-detail"> {label.detail}</span>
          </>
        ) : (
          label.text
        )}
      </Link>
      <span className="visually-hidden" role="status" aria-live="polite">
        {label.announcement}
      </span>
    </div>
  )
}
