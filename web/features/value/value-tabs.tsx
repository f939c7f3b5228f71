import { Link } from '../../app/link.tsx'

const tabs = [
  { href: '/value', label: 'Register' },
  { href: '/value/across-agencies', label: 'Across agencies' },
] as const

/**
 * The two views of value: the register, and which vendors serve which agencies with the themes
 * they share. Links (each view has its own address), marked as the current page.
 */
export function ValueTabs({ current }: { current: (typeof tabs)[number]['href'] }) {
  return (
    <nav className="view-tabs" aria-label="Value views">
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          className="view-tab"
          aria-current={tab.href === current ? 'page' : undefined}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  )
}
