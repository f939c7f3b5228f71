import { useEffect, useRef, type ReactNode } from 'react'
import { Link } from '../../app/link.tsx'
import { usePathname } from '../../app/router.ts'
import type { StoredSession } from '../../auth/session-store.ts'
import { CommitmentsScreen } from '../commitments/commitments-screen.tsx'
import { DeviceScreen } from '../device/device-screen.tsx'
import { PortfolioScreen } from '../portfolio/portfolio-screen.tsx'
import { SearchScreen } from '../search/search-screen.tsx'
import { AppHeader } from './app-header.tsx'
import { BottomNav } from './bottom-nav.tsx'
import { EmptyState, Screen } from './screen.tsx'
import { useMe, type Me } from './use-me.ts'

function NotFoundScreen() {
  return (
    <Screen title="Not found">
      <EmptyState title="There's no page here">
        The link may be old. <Link href="/">Go to your portfolio</Link>.
      </EmptyState>
    </Screen>
  )
}

function screenFor(pathname: string, session: StoredSession, me: Me | undefined): ReactNode {
  switch (pathname) {
    case '/':
      return <PortfolioScreen />
    case '/commitments':
      return <CommitmentsScreen />
    case '/search':
      return <SearchScreen />
    case '/device':
      return <DeviceScreen session={session} me={me} />
    default:
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
 * The signed-in app: header, the current screen in `main`, bottom navigation.
 *
 * @example
 * <AppShell session={session} />
 */
export function AppShell({ session }: { session: StoredSession }) {
  const pathname = usePathname()
  const { data: me, isPending, fetchStatus } = useMe(session.user.id)
  useFocusOnNavigation(pathname)
  return (
    <div className="shell">
      <AppHeader me={me} loading={isPending && fetchStatus === 'fetching'} />
      <main className="screen">{screenFor(pathname, session, me)}</main>
      <BottomNav pathname={pathname} />
    </div>
  )
}
