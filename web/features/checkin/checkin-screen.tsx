import { Link } from '../../app/link.tsx'
import { useSearch } from '../../app/router.ts'
import { relationshipHref } from '../../app/routes.ts'
import { useAccountSummaries } from '../portfolio/use-account-summaries.ts'
import { EmptyState, Screen } from '../../ui/screen.tsx'
import { useSignedIn } from '../../app/shell/signed-in.tsx'
import { CheckinForm } from './checkin-form.tsx'
import { hasContent } from './checkin-draft.ts'
import { useCheckinDraft } from './use-checkin-draft.ts'
import { useForumHost } from './use-forum-host.ts'

/**
 * Quick check-in: opened from anywhere (from a relationship, with it chosen; from a forum, as its
 * meeting). The form comes back exactly as it was left, even after the app was closed
 * mid-sentence.
 */
export function CheckinScreen() {
  const query = new URLSearchParams(useSearch())
  const forumId = query.get('forum')
  const host = useForumHost(forumId)
  const requested = forumId ? (host ?? null) : query.get('account')
  const { userId } = useSignedIn()
  const summaries = useAccountSummaries(userId)
  const state = useCheckinDraft({ accountId: requested, forumId })
  const { draft } = state

  if (!draft || !summaries || (forumId && host === undefined)) {
    return (
      <Screen title="New check-in">
        <p className="loading-note">Opening your draft…</p>
      </Screen>
    )
  }
  if (summaries.length === 0 && !hasContent(draft)) {
    return (
      <Screen title="New check-in">
        <EmptyState title="No relationships on this device yet">
          Check-ins are made against a relationship. Once your portfolio has synced, you can check
          in from here — with or without a connection.
        </EmptyState>
      </Screen>
    )
  }
  const nameOf = (id: string | null) => summaries.find((s) => s.account.id === id)?.account.name
  const elsewhere = state.restored && requested !== null && draft.accountId !== requested
  // Closing keeps the draft: it is on the device already, and comes back when the form reopens.
  const close = (
    <Link
      href={draft.accountId ? relationshipHref(draft.accountId) : '/'}
      className="button button-quiet button-small"
    >
      Close
    </Link>
  )
  return (
    <Screen title="New check-in" action={close}>
      {state.restored && (
        <div className="notice notice-info">
          <p>
            {elsewhere
              ? `You were writing a check-in for ${nameOf(draft.accountId) ?? 'another relationship'}. It is just as you left it — finish it first, or start over for ${nameOf(requested) ?? 'this relationship'}.`
              : 'Your unsaved check-in is back, just as you left it.'}
          </p>
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={() => void state.startOver({ accountId: requested, forumId })}
          >
            {elsewhere ? 'Discard it and start over' : 'Discard and start over'}
          </button>
        </div>
      )}
      <CheckinForm key={draft.id} state={{ ...state, draft }} summaries={summaries} />
    </Screen>
  )
}
