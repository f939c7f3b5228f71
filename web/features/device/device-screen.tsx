import { useState, type ReactNode } from 'react'
import { useOnline } from '../../app/use-online.ts'
import type { StoredSession } from '../../auth/session-store.ts'
import { roleLabel } from '../shell/role-label.ts'
import { Screen } from '../shell/screen.tsx'
import type { Me } from '../shell/use-me.ts'
import { formatBytes } from './format-bytes.ts'
import { SignOutSection } from './sign-out-section.tsx'
import { useStorageInfo, type StorageInfo } from './use-storage-info.ts'

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="device-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}

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
 * Device & sync: who is signed in, connection, storage and its persistence, version, sign-out.
 *
 * @example
 * <DeviceScreen session={session} me={me} />
 */
export function DeviceScreen({ session, me }: { session: StoredSession; me: Me | undefined }) {
  const online = useOnline()
  const { info, requestPersistence } = useStorageInfo()
  const [declined, setDeclined] = useState(false)
  return (
    <Screen title="Device">
      <section className="device-section" aria-labelledby="device-status-title">
        <h2 id="device-status-title" className="device-section-title">
          This device
        </h2>
        <dl className="device-list">
          <Row label="Signed in as">{session.user.email ?? me?.email ?? 'Unknown email'}</Row>
          <Row label="Organisation">{me ? (me.org?.name ?? 'None yet') : 'Not loaded yet'}</Row>
          <Row label="Role">
            {me?.role ? roleLabel(me.role) : me ? 'None yet' : 'Not loaded yet'}
          </Row>
          <Row label="Connection">{online ? 'Online' : 'Offline'}</Row>
          <Row label="Storage used">{storageUsed(info)}</Row>
          <Row label="Stored data">{persistence(info.persisted)}</Row>
          <Row label="App version">{__APP_VERSION__}</Row>
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
