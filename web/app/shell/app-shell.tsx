import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { afterFirstScreen } from '../first-screen.ts'
import { Link } from '../link.tsx'
import { usePathname, useSearch } from '../router.ts'
import { matchRoute, type Route } from '../routes.ts'
import { askPersistenceOnce } from '../storage-persistence.ts'
import type { StoredSession } from '../../auth/session-store.ts'
import { NewCheckinBar } from '../../features/checkin/new-checkin-bar.tsx'
import { PortfolioScreen } from '../../features/portfolio/portfolio-screen.tsx'
import { AppHeader } from './app-header.tsx'
import { BottomNav } from './bottom-nav.tsx'
import { DownloadProgress } from './download-progress.tsx'
import {
  AdminScreen,
  CheckinDetailScreen,
  CheckinScreen,
  CommitmentsScreen,
  ContactsScreen,
  CrossAgencyScreen,
  DecisionLogScreen,
  DecisionScreen,
  DeviceScreen,
  ExportScreen,
  ForumNewScreen,
  ForumScreen,
  ForumsScreen,
  MoreScreen,
  RiskFormScreen,
  RiskRegisterScreen,
  TeamScreen,
  RelationshipScreen,
  ScorecardFormScreen,
  SearchScreen,
  ValueItemScreen,
  ValueNewScreen,
  ValueScreen,
} from './lazy-screens.ts'
import { EmptyState, Screen } from '../../ui/screen.tsx'
import { SignedInProvider } from './signed-in.tsx'
import { useSigningOut } from './signing-out.ts'
import { useMe, type Me } from './use-me.ts'

const AfterStart = lazy(() =>
  import('./after-start.tsx').then((module) => ({ default: module.AfterStart })),
)

/** Whether the first screen is up, so the work that can wait may start. */
function useStarted(): boolean {
  const [started, setStarted] = useState(false)
  useEffect(() => afterFirstScreen(() => setStarted(true)), [])
  return started
}

function NotFoundScreen() {
  return (
    <Screen title="Not found">
      <EmptyState title="There's no page here">
        The link may be old. <Link href="/">Go to your portfolio</Link>.
      </EmptyState>
    </Screen>
  )
}

function screenFor(
  route: Route,
  search: string,
  session: StoredSession,
  me: Me | undefined,
): ReactNode {
  switch (route.name) {
    case 'portfolio':
      return <PortfolioScreen />
    case 'commitments':
      return <CommitmentsScreen />
    case 'search':
      return <SearchScreen />
    case 'device':
      return <DeviceScreen session={session} me={me} />
    case 'checkin':
      return <CheckinScreen />
    case 'relationship':
      return <RelationshipScreen key={route.id} id={route.id} />
    case 'contacts':
      return <ContactsScreen key={route.id} accountId={route.id} />
    case 'checkin-detail':
      return <CheckinDetailScreen key={route.id} id={route.id} />
    case 'value':
      return <ValueScreen />
    case 'across-agencies':
      return <CrossAgencyScreen />
    // A new item's form takes its preset from the address: a new address is a new form.
    case 'value-new':
      return <ValueNewScreen key={search} />
    case 'value-item':
      return <ValueItemScreen key={route.id} id={route.id} />
    case 'scorecard-new':
      return <ScorecardFormScreen key={search} />
    case 'scorecard':
      return <ScorecardFormScreen key={route.id} id={route.id} />
    case 'more':
      return <MoreScreen />
    case 'forums':
      return <ForumsScreen />
    case 'forum-new':
      return <ForumNewScreen />
    case 'forum':
      return <ForumScreen key={route.id} id={route.id} />
    case 'decisions':
      return <DecisionLogScreen />
    case 'decision':
      return <DecisionScreen key={route.id} id={route.id} />
    case 'risks':
      return <RiskRegisterScreen />
    case 'risk-new':
      return <RiskFormScreen key={search} />
    case 'risk':
      return <RiskFormScreen key={route.id} id={route.id} />
    case 'team':
      return <TeamScreen />
    case 'admin':
      return <AdminScreen />
    case 'export':
      return <ExportScreen />
    case 'not-found':
      return <NotFoundScreen />
  }
}

/** Moves focus to the new screen's heading after in-app navigation, as a page load would. */
function useFocusOnNavigation(pathname: string) {
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    document.querySelector<HTMLElement>('main h1')?.focus()
  }, [pathname])
}

/**
 * The signed-in app: header, the current screen in `main`, the check-in button, bottom
 * navigation. Renders inside `SyncProvider`, so every screen reads the device database.
 */
export function AppShell({ session }: { session: StoredSession }) {
  const pathname = usePathname()
  const search = useSearch()
  const route = matchRoute(pathname)
  const { me, loading } = useMe(session.user.id)
  const signingOut = useSigningOut()
  const signedIn = useMemo(
    () => ({ userId: session.user.id, email: session.user.email, me }),
    [session.user.id, session.user.email, me],
  )
  useFocusOnNavigation(pathname)
  const started = useStarted()
  useEffect(() => {
    void askPersistenceOnce()
  }, [])

  if (signingOut) {
    return (
      <main className="startup" aria-busy="true">
        <h1 className="startup-title">Signing out…</h1>
        <p className="startup-text">Deleting this device’s copy of your data.</p>
      </main>
    )
  }
  // The check-in form is a task of its own: no navigation under it, its save bar at the bottom.
  const focused = route.name === 'checkin'
  const showCheckin = me?.role !== 'viewer' && !focused
  return (
    <SignedInProvider value={signedIn}>
      <div className="shell">
        <AppHeader me={me} loading={loading} />
        <DownloadProgress />
        <main
          className={
            focused ? 'screen screen-focused' : showCheckin ? 'screen screen-with-bar' : 'screen'
          }
        >
          <Suspense fallback={<p className="loading-note">Loading…</p>}>
            {screenFor(route, search, session, me)}
          </Suspense>
        </main>
        {showCheckin && (
          <NewCheckinBar
            accountId={
              route.name === 'relationship' || route.name === 'contacts' ? route.id : undefined
            }
          />
        )}
        {!focused && <BottomNav pathname={pathname} />}
        {started && (
          <Suspense fallback={null}>
            <AfterStart userId={session.user.id} />
          </Suspense>
        )}
      </div>
    </SignedInProvider>
  )
}
