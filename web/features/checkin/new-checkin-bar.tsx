import { useLiveQuery } from 'dexie-react-hooks'
import { checkinHref } from '../../app/routes.ts'
import { navigate } from '../../app/router.ts'
import { useLocalDb } from '../../local/use-local-db.ts'

function useShortName(accountId: string | undefined): string | undefined {
  const db = useLocalDb()
  return useLiveQuery(async () => {
    if (!accountId) return undefined
    const account = await db.accounts.get(accountId)
    return account && !account.deleted_at ? (account.short_name ?? account.name) : undefined
  }, [db, accountId])
}

/**
 * The one-tap way into a check-in from any screen: a bar docked on the bottom navigation, so it
 * covers nothing a floating button would. On a relationship's pages it names the relationship and
 * opens the form with it chosen.
 */
export function NewCheckinBar({ accountId }: { accountId?: string | undefined }) {
  const name = useShortName(accountId)
  return (
    <div className="checkin-bar" data-testid="checkin-bar">
      <button
        type="button"
        className="button button-primary checkin-bar-button"
        onClick={() => navigate(checkinHref(accountId))}
      >
        <svg
          className="icon"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.5"
          strokeLinecap="round"
          aria-hidden="true"
          focusable="false"
        >
          <path d="M12 5v14M5 12h14" />
        </svg>
        {name ? `Check in with ${name}` : 'New check-in'}
      </button>
    </div>
  )
}
