import { BrandMark } from '../brand-mark.tsx'
import { roleLabel } from './role-label.ts'
import { SyncChip } from './sync-chip.tsx'
import type { Me } from './use-me.ts'

function orgLine(me: Me | undefined, loading: boolean): string {
  if (!me) return loading ? 'Loading your organisation…' : 'Organisation not loaded yet'
  if (!me.org) return 'Not a member of an organisation yet'
  // The role goes first so that a long organisation name, not the role, is what gets cut.
  return me.role ? `${roleLabel(me.role, 'short')} · ${me.org.name}` : me.org.name
}

/**
 * The app bar: name, role and organisation (on lines of fixed height, so nothing moves when
 * `/api/me` answers), and the sync chip.
 */
export function AppHeader({ me, loading }: { me: Me | undefined; loading: boolean }) {
  return (
    <header className="app-header">
      <div className="app-header-identity">
        <BrandMark className="app-header-mark" />
        <div className="app-header-text">
          <p className="app-header-name">Liaison</p>
          <p className="app-header-org" data-testid="org-line">
            {orgLine(me, loading)}
          </p>
        </div>
      </div>
      <SyncChip />
    </header>
  )
}
