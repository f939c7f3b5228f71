import { useState } from 'react'
import { Link } from '../../app/link.tsx'
import { relativeTime, sentenceStart } from '../../app/relative-time.ts'
import { forumHref, relationshipHref } from '../../app/routes.ts'
import { useNow } from '../../app/use-now.ts'
import { kindLabels } from '../checkin/checkin-options.ts'
import { useFocusLater } from '../../ui/forms/use-focus-later.ts'
import { EmptyState, Screen } from '../../ui/screen.tsx'
import { useCanWrite, useSignedIn } from '../../app/shell/signed-in.tsx'
import { StatusMessage } from '../../ui/status-message.tsx'
import { DecisionList } from '../governance/decision-list.tsx'
import { CheckinCommitments } from './checkin-commitments.tsx'
import { CheckinEditForm, editFieldId } from './checkin-edit-form.tsx'
import { CheckinView } from './checkin-view.tsx'
import { useCheckinDetail } from './use-checkin-detail.ts'

/**
 * One check-in in full, with the commitments made at it; its author can edit it, offline too.
 */
export function CheckinDetailScreen({ id }: { id: string }) {
  const { userId } = useSignedIn()
  const canWrite = useCanWrite()
  const now = useNow(60_000)
  const focusLater = useFocusLater()
  const detail = useCheckinDetail(id, userId)
  const [editing, setEditing] = useState(false)
  const [message, setMessage] = useState<{ text: string; n: number } | null>(null)

  if (detail === undefined) {
    return (
      <Screen title="Check-in">
        <p className="loading-note">Loading…</p>
      </Screen>
    )
  }
  if (detail === null) {
    return (
      <Screen title="Check-in not found">
        <EmptyState title="This check-in isn’t on this device">
          It may not have synced yet, it was deleted, or it is someone else’s private note.{' '}
          <Link href="/">Back to your portfolio</Link>.
        </EmptyState>
      </Screen>
    )
  }
  const { checkin, account } = detail
  const mayEdit = canWrite && checkin.author_id === userId

  function close(text: string | null) {
    setEditing(false)
    if (text) setMessage((m) => ({ text, n: (m?.n ?? 0) + 1 }))
    focusLater('edit-checkin')
  }

  return (
    <Screen title={`${kindLabels[checkin.kind]} check-in`}>
      <p className="detail-subtitle">
        <time dateTime={checkin.occurred_at} title={new Date(checkin.occurred_at).toLocaleString()}>
          {sentenceStart(relativeTime(checkin.occurred_at, now))}
        </time>
        {' · '}
        {account ? (
          <Link href={relationshipHref(account.id)}>{account.name}</Link>
        ) : (
          'a relationship not on this device'
        )}
        {detail.forum && (
          <>
            {' · '}
            <Link href={forumHref(detail.forum.id)}>{detail.forum.name}</Link>
          </>
        )}
        {checkin.visibility === 'private' && <span className="tag">Private</span>}
        {detail.waiting && <span className="tag tag-waiting">Not synced yet</span>}
      </p>
      <StatusMessage message={message?.text ?? null} nonce={message?.n ?? 0} />
      {editing ? (
        <CheckinEditForm checkin={checkin} onDone={close} />
      ) : (
        <section className="panel detail-panel" aria-label="Check-in">
          <CheckinView detail={detail} />
          {mayEdit ? (
            <button
              id="edit-checkin"
              type="button"
              className="button button-secondary"
              onClick={() => {
                setEditing(true)
                focusLater(editFieldId('summary'))
              }}
            >
              Edit check-in
            </button>
          ) : (
            checkin.author_id !== userId && (
              <p className="field-hint">Only {detail.authorName} can change this check-in.</p>
            )
          )}
        </section>
      )}
      <CheckinCommitments items={detail.commitments} />
      {detail.decisions.length > 0 && (
        <section className="panel" aria-labelledby="checkin-decisions-title">
          <h2 id="checkin-decisions-title" className="panel-title">
            Decisions <span className="count">({detail.decisions.length})</span>
          </h2>
          <DecisionList decisions={detail.decisions} now={now} />
        </section>
      )}
    </Screen>
  )
}
