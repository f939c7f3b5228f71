import { checkinHref } from '../../app/routes.ts'
import { navigate } from '../../app/router.ts'

/**
 * The one-tap way into a check-in from any screen, floating above the bottom navigation; on a
 * relationship's page it opens the form with that relationship chosen.
 *
 * @example
 * <NewCheckinButton accountId={route.name === 'relationship' ? route.id : undefined} />
 */
export function NewCheckinButton({ accountId }: { accountId?: string | undefined }) {
  return (
    <button type="button" className="fab" onClick={() => navigate(checkinHref(accountId))}>
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
      New check-in
    </button>
  )
}
