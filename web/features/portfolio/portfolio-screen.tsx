import { Link } from '../../app/link.tsx'
import { daysSince } from '../../app/relative-time.ts'
import { relationshipHref } from '../../app/routes.ts'
import { useNow } from '../../app/use-now.ts'
import { useSyncStatus } from '../../sync/use-sync-status.ts'
import { accountKindLabels } from '../relationship/account-labels.ts'
import { EmptyState, Screen } from '../shell/screen.tsx'
import { useSignedIn } from '../shell/signed-in.tsx'
import { mineFirst, useAccountSummaries, type AccountSummary } from './use-account-summaries.ts'

function lastContact(summary: AccountSummary, now: Date): string {
  if (!summary.lastCheckinAt) return 'No check-ins yet'
  const days = daysSince(summary.lastCheckinAt, now)
  if (days === 0) return 'Checked in today'
  return days === 1 ? 'Last check-in yesterday' : `Last check-in ${days} days ago`
}

function AccountList({ title, items, now }: { title: string; items: AccountSummary[]; now: Date }) {
  if (items.length === 0) return null
  const headingId = `portfolio-${title.toLowerCase().replace(/\W+/g, '-')}`
  return (
    <section className="portfolio-group" aria-labelledby={headingId}>
      <h2 id={headingId} className="portfolio-group-title">
        {title} <span className="count">({items.length})</span>
      </h2>
      <ul className="account-list">
        {items.map((summary) => {
          const { account } = summary
          return (
            <li key={account.id}>
              <Link href={relationshipHref(account.id)} className="account-card">
                <span className="account-card-name">{account.name}</span>
                <span className="account-card-meta">
                  {[account.short_name, accountKindLabels[account.kind]]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                <span className="account-card-last">{lastContact(summary, now)}</span>
              </Link>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

/**
 * Home: the relationships on this device, the person's own first, each with days since the last
 * check-in. (The ordering by need of attention comes with the briefing.)
 *
 * @example
 * <PortfolioScreen />
 */
export function PortfolioScreen() {
  const { userId } = useSignedIn()
  const summaries = useAccountSummaries(userId)
  const { lastSyncedAt, state } = useSyncStatus()
  const now = useNow(60_000)

  if (!summaries) {
    return (
      <Screen title="Portfolio">
        <p className="loading-note">Loading…</p>
      </Screen>
    )
  }
  if (summaries.length === 0) {
    return (
      <Screen title="Portfolio">
        <EmptyState title="No relationships on this device yet">
          {lastSyncedAt
            ? 'Nothing is assigned to your organisation yet. Relationships appear here as soon as they are added.'
            : state === 'syncing'
              ? 'Downloading your portfolio…'
              : 'Your relationships appear here once they sync. After that, they are here offline too.'}
        </EmptyState>
      </Screen>
    )
  }
  const ordered = mineFirst(summaries)
  const mine = ordered.filter((s) => s.mine)
  return (
    <Screen title="Portfolio">
      <AccountList
        title={mine.length ? 'Mine' : 'All relationships'}
        items={mine.length ? mine : ordered}
        now={now}
      />
      {mine.length > 0 && (
        <AccountList title="Everyone else’s" items={ordered.filter((s) => !s.mine)} now={now} />
      )}
    </Screen>
  )
}
