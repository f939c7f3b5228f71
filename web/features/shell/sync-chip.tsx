import { useOnline } from '../../app/use-online.ts'

/**
 * Where sync state will show (pending changes, last synced); for now, whether the device is
 * online.
 *
 * @example
 * <SyncChip />
 */
export function SyncChip() {
  const online = useOnline()
  return (
    <p
      className="sync-chip"
      data-testid="sync-chip"
      data-state={online ? 'online' : 'offline'}
      role="status"
    >
      <span className="sync-chip-dot" aria-hidden="true" />
      {online ? 'Online' : 'Offline'}
    </p>
  )
}
