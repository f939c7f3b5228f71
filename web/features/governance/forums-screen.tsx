import { Link } from '../../app/link.tsx'
import { relativeTime } from '../../app/relative-time.ts'
import { forumHref } from '../../app/routes.ts'
import { useNow } from '../../app/use-now.ts'
import { cadenceText } from '../relationship/account-labels.ts'
import { EmptyState, Screen } from '../../ui/screen.tsx'
import { useMayWrite } from '../../app/shell/signed-in.tsx'
import { purposeLabels } from './governance-text.ts'
import { useForums } from './use-forums.ts'

/**
 * The governance forums, offline: each with its purpose, co-chairs, cadence and whether it is
 * behind, when it last met, and its open decisions and commitments; those behind first.
 */
export function ForumsScreen() {
  const now = useNow(60_000)
  const canKeep = useMayWrite('forums')
  const forums = useForums(now)
  return (
    <Screen title="Forums">
      <p className="screen-subtitle">
        <Link href="/decisions">Decision log</Link>
      </p>
      {!forums ? (
        <p className="loading-note">Loading…</p>
      ) : forums.length === 0 ? (
        <EmptyState title="No forums yet">
          Governance forums — a council co-chaired with the integrator, a working group of agency
          CIOs — appear here with their meetings and decisions.
        </EmptyState>
      ) : (
        <ul className="supplier-list">
          {forums.map((summary) => {
            const { forum } = summary
            const open = summary.decisions.filter((d) => d.status === 'proposed').length
            return (
              <li key={forum.id} className="panel forum-card" data-testid="forum">
                <div className="supplier-head">
                  <Link href={forumHref(forum.id)} className="supplier-name">
                    {forum.name}
                  </Link>
                  <span className="tag">{purposeLabels[forum.purpose]}</span>
                </div>
                {forum.co_chairs && <p className="item-meta">Co-chairs: {forum.co_chairs}</p>}
                <p className={summary.behind ? 'item-meta item-meta-overdue' : 'item-meta'}>
                  {summary.behind ? 'Behind cadence · ' : ''}
                  {summary.latestMeetingAt
                    ? `Met ${relativeTime(summary.latestMeetingAt, now)}`
                    : 'Not met yet'}
                  {forum.cadence_days ? ` · ${cadenceText(forum.cadence_days).toLowerCase()}` : ''}
                </p>
                <p className="item-meta">
                  {summary.seats.length} members · {open} open{' '}
                  {open === 1 ? 'decision' : 'decisions'} · {summary.openCommitments.length} open
                  commitments
                </p>
              </li>
            )
          })}
        </ul>
      )}
      {canKeep && (
        <Link href="/forums/new" className="button button-secondary button-block">
          New forum
        </Link>
      )}
    </Screen>
  )
}
