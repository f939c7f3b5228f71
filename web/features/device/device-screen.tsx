import { useState } from 'react'
import { readPersistenceAnswer } from '../../app/storage-persistence.ts'
import { useOnline } from '../../app/use-online.ts'
import type { StoredSession } from '../../auth/session-store.ts'
import { roleLabel } from '../../app/shell/role-label.ts'
import { Screen } from '../../ui/screen.tsx'
import type { Me } from '../../app/shell/use-me.ts'
import { DeviceRow } from './device-row.tsx'
import { formatBytes } from './format-bytes.ts'
import { RejectionsSection } from './rejections-section.tsx'
import { SignOutSection } from './sign-out-section.tsx'
import { SyncSection } from './sync-section.tsx'
import { useStorageInfo, type StorageInfo } from './use-storage-info.ts'

function storageUsed({ usage, quota }: StorageInfo): string {
  if (usage === undefined) return 'Checking…'
  if (usage === null) return 'Not reported by this browser'
  return quota ? `${formatBytes(usage)} of ${formatBytes(quota)} allowed` : formatBytes(usage)
}

function persistence(persisted: boolean | null | undefined): string {
  if (persisted === undefined) return 'Checking…'
  if (persisted === null) return 'Not reported by this browser'
  return persisted
    ? 'Kept — the browser will not clear it'
    : 'Not guaranteed — the browser may clear it when space runs low'
}

/**
 * Device & sync: what is waiting to sync and what the server refused, who is signed in, storage
 * and whether the browser keeps it, and sign-out.
 */
export function DeviceScreen({ session, me }: { session: StoredSession; me: Me | undefined }) {
  const online = useOnline()
  const { info, requestPersistence } = useStorageInfo()
  const [declined, setDeclined] = useState(false)
  const asked = readPersistenceAnswer()
  return (
    <Screen title="Device">
      <SyncSection />
      <RejectionsSection />
      <section className="device-section" aria-labelledby="device-status-title">
        <h2 id="device-status-title" className="device-section-title">
          This device
        </h2>
        <dl className="device-list">
          <DeviceRow label="Signed in as">
            {session.user.email ?? me?.email ?? 'Unknown email'}
          </DeviceRow>
          <DeviceRow label="Organisation">
            {me ? (me.org?.name ?? 'None yet') : 'Not loaded yet'}
          </DeviceRow>
          <DeviceRow label="Role">
            {me?.role ? roleLabel(me.role) : me ? 'None yet' : 'Not loaded yet'}
          </DeviceRow>
          <DeviceRow label="Connection">{online ? 'Online' : 'Offline'}</DeviceRow>
          <DeviceRow label="Storage used">{storageUsed(info)}</DeviceRow>
          <DeviceRow label="Stored data" testId="persistence">
            {persistence(info.persisted)}
            {asked && !asked.granted && info.persisted === false && (
              <span className="device-row-note">
                Asked when you signed in; the browser said no.
              </span>
            )}
          </DeviceRow>
          <DeviceRow label="App version">{__APP_VERSION__}</DeviceRow>
        </dl>
        {info.persisted === false && (
          <div className="device-actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void requestPersistence().then((granted) => setDeclined(!granted))}
            >
              Keep data on this device
            </button>
            {declined && (
              <p className="device-note" role="status">
                The browser said no for now. Installing Liaison to your home screen usually lets it
                keep your data.
              </p>
            )}
          </div>
        )}
      </section>
      <SignOutSection />
    </Screen>
  )
}
