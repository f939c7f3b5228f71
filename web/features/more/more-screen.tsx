import { Link } from '../../app/link.tsx'
import { Screen } from '../../ui/screen.tsx'
import { useLeads, useSignedIn } from '../../app/shell/signed-in.tsx'

const places = [
  { href: '/forums', title: 'Forums', text: 'Governance bodies, their meetings and members.' },
  { href: '/decisions', title: 'Decision log', text: 'What the forums and relationships decided.' },
  { href: '/risks', title: 'Risks', text: 'The register: severity, owners, reviews.' },
  { href: '/team', title: 'Team', text: 'Each manager’s figures and the org’s.', leads: true },
  {
    href: '/admin',
    title: 'Admin',
    text: 'People and roles, relationships and who holds them, cadence defaults.',
    admins: true,
  },
  {
    href: '/export',
    title: 'Export',
    text: 'Spreadsheets (CSV) of check-ins, commitments, value, scorecards, risks, decisions.',
  },
  { href: '/device', title: 'Device & sync', text: 'What is waiting to sync, storage, sign out.' },
] as const

/**
 * The places that do not fit the bottom bar: governance, risks, the lead's Team view (for
 * leads and admins), the admin's tools (admins), the spreadsheet export and the device.
 */
export function MoreScreen() {
  const leads = useLeads()
  const admin = useSignedIn().me?.role === 'admin'
  return (
    <Screen title="More">
      <ul className="panel linked-list">
        {places
          .filter((place) => !('leads' in place) || leads)
          .filter((place) => !('admins' in place) || admin)
          .map((place) => (
            <li key={place.href}>
              <Link href={place.href} className="linked-row">
                <span className="linked-name">{place.title}</span>
                <span className="linked-meta">{place.text}</span>
              </Link>
            </li>
          ))}
      </ul>
    </Screen>
  )
}
