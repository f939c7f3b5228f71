import type { ComponentType } from 'react'
import { Link } from '../../app/link.tsx'
import { CommitmentsIcon, DeviceIcon, PortfolioIcon, SearchIcon } from './nav-icons.tsx'

interface NavItem {
  href: string
  label: string
  Icon: ComponentType
}

export const navItems: readonly NavItem[] = [
  { href: '/', label: 'Portfolio', Icon: PortfolioIcon },
  { href: '/commitments', label: 'Commitments', Icon: CommitmentsIcon },
  { href: '/search', label: 'Search', Icon: SearchIcon },
  { href: '/device', label: 'Device', Icon: DeviceIcon },
]

/**
 * The four top-level screens, always in reach of a thumb; the current one carries
 * `aria-current="page"`.
 *
 * @example
 * <BottomNav pathname="/search" />
 */
export function BottomNav({ pathname }: { pathname: string }) {
  return (
    <nav className="bottom-nav" aria-label="Main">
      <ul className="bottom-nav-list">
        {navItems.map(({ href, label, Icon }) => (
          <li key={href}>
            <Link
              href={href}
              className="bottom-nav-link"
              aria-current={pathname === href ? 'page' : undefined}
            >
              <Icon />
              <span className="bottom-nav-label">{label}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
