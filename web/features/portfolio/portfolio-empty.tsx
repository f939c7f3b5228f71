import { useSyncStatus } from '../../sync/use-sync-status.ts'
import { EmptyState } from '../../ui/screen.tsx'

/**
 * Nothing on the device yet: says whether the portfolio is still downloading, or what will
 * bring relationships here.
 */
export function NothingSynced() {
  const { lastSyncedAt, state } = useSyncStatus()
  return (
    <EmptyState title="No relationships on this device yet">
      {lastSyncedAt
        ? 'Nothing is in your organisation’s portfolio yet. Ask an admin to add relationships; they appear here as soon as they sync.'
        : state === 'syncing'
          ? 'Downloading your portfolio…'
          : 'Your relationships appear here once they sync — connect once, and after that they are here offline too.'}
    </EmptyState>
  )
}

/**
 * The filters leave nothing: says why and offers the one tap that shows more.
 */
export function FilteredOut(props: {
  title: string
  children: string
  action: string
  onAction: () => void
}) {
  return (
    <div className="portfolio-empty">
      <EmptyState title={props.title}>{props.children}</EmptyState>
      <button type="button" className="button button-secondary" onClick={props.onAction}>
        {props.action}
      </button>
    </div>
  )
}
