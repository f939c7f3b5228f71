import type { ComponentType } from 'react'
import { Link } from '../link.tsx'
import { CommitmentsIcon, MoreIcon, PortfolioIcon, SearchIcon, ValueIcon } from './nav-icons.tsx'

interface NavItem {
  href: string
  label: string
  Icon: ComponentType
  /** The paths below it that count as being on it (the value register's and scorecards' pages). */
  sections?: readonly string[]
}

export const navItems: readonly NavItem[] = [
  { href: '/', label: 'Portfolio', Icon: PortfolioIcon },
  { href: '/commitments', label: 'Commitments', Icon: CommitmentsIcon },
  { href: '/value', label: 'Value', Icon: ValueIcon, sections: ['/value/', '/scorecards/'] },
  { href: '/search', label: 'Search', Icon: SearchIcon },
  {
    href: '/more',
    label: 'More',
    Icon: MoreIcon,
    sections: ['/forums', '/decisions', '/risks', '/team', '/admin', '/export', '/device'],
  },
]

const isCurrent = (item: NavItem, pathname: string) =>
  pathname === item.href || (item.sections ?? []).some((path) => pathname.startsWith(path))

/**
 * The top-level screens, always in reach of a thumb; the current one carries
 * `aria-current="page"`.
 */
export function BottomNav({ pathname }: { pathname: string }) {
  return (
    <nav className="bottom-nav" aria-label="Main">
      <ul className="bottom-nav-list">
        {navItems.map((item) => {
          const { href, label, Icon } = item
          return (
            <li key={href}>
              <Link
                href={href}
                className="bottom-nav-link"
                aria-current={isCurrent(item, pathname) ? 'page' : undefined}
              >
                <Icon />
                <span className="bottom-nav-label">{label}</span>
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
