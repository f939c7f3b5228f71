import { useState } from 'react'
import { useFlash } from '../../app/flash.ts'
import { Link } from '../../app/link.tsx'
import { formatDate, relativeTime } from '../../app/relative-time.ts'
import { checkinDetailHref, forumMeetingHref } from '../../app/routes.ts'
import { useNow } from '../../app/use-now.ts'
import { updateForum } from '../../local/governance.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { cadenceText } from '../relationship/account-labels.ts'
import { EditablePanel } from '../relationship/editable-panel.tsx'
import { EmptyState, Screen } from '../../ui/screen.tsx'
import { useMayWrite } from '../../app/shell/signed-in.tsx'
import { StatusMessage } from '../../ui/status-message.tsx'
import { DecisionList } from './decision-list.tsx'
import { ForumForm } from './forum-form.tsx'
import type { ForumSummary } from './forum-summary.ts'
import { ForumSeats } from './forum-seats.tsx'
import { purposeLabels } from './governance-text.ts'
import { useForums } from './use-forums.ts'

function ForumBody({ summary, now }: { summary: ForumSummary; now: Date }) {
  const { forum } = summary
  const db = useLocalDb()
  const canKeep = useMayWrite('forums')
  const canMeet = useMayWrite('checkins')
  const flashed = useFlash()
  const [message, setMessage] = useState<{ text: string; n: number } | null>(null)
  const announce = (text: string) => setMessage((m) => ({ text, n: (m?.n ?? 0) + 1 }))
  return (
    <Screen title={forum.name}>
      <p className="screen-subtitle">
        <span className="tag">{purposeLabels[forum.purpose]}</span>
        {forum.cadence_days && <span>{cadenceText(forum.cadence_days)}</span>}
        {summary.behind && <span className="tag tag-waiting">Behind cadence</span>}
      </p>
      <StatusMessage message={message?.text ?? flashed} nonce={message?.n ?? 0} />
      {canMeet && (
        <Link href={forumMeetingHref(forum.id)} className="button button-primary button-block">
          Record a meeting
        </Link>
      )}
      <EditablePanel
        name="forum"
        title="About"
        editLabel="Edit"
        firstField="forum-name"
        canEdit={canKeep}
        onSaved={() => announce('Forum saved — will sync')}
        form={(done) => (
          <ForumForm
            forum={forum}
            saveLabel="Save forum"
            onCancel={() => done(false)}
            onSave={async (fields) => {
              await updateForum(db, forum.id, fields)
              done(true)
            }}
          />
        )}
      >
        <p className="prewrap">{forum.charter ?? 'No charter written down yet.'}</p>
        {forum.co_chairs && <p className="item-meta">Co-chairs: {forum.co_chairs}</p>}
        <p className={summary.behind ? 'item-meta item-meta-overdue' : 'item-meta'}>
          {summary.latestMeetingAt
            ? `Last met ${relativeTime(summary.latestMeetingAt, now)}`
            : 'Not met yet'}
        </p>
      </EditablePanel>
      <section className="panel" aria-labelledby="forum-seats-title">
        <h2 id="forum-seats-title" className="panel-title">
          Members <span className="count">({summary.seats.length})</span>
        </h2>
        <ForumSeats forum={forum} seats={summary.seats} canKeep={canKeep} announce={announce} />
      </section>
      <section className="panel" aria-labelledby="forum-decisions-title">
        <h2 id="forum-decisions-title" className="panel-title">
          Decisions <span className="count">({summary.decisions.length})</span>
        </h2>
        {summary.decisions.length === 0 ? (
          <p className="field-hint">Decisions recorded at its meetings appear here.</p>
        ) : (
          <DecisionList decisions={summary.decisions} now={now} />
        )}
      </section>
      <section className="panel" aria-labelledby="forum-meetings-title">
        <h2 id="forum-meetings-title" className="panel-title">
          Meetings <span className="count">({summary.meetings.length})</span>
        </h2>
        {summary.meetings.length === 0 ? (
          <p className="field-hint">No meeting recorded yet.</p>
        ) : (
          <ul className="linked-list">
            {summary.meetings.map((meeting) => (
              <li key={meeting.id}>
                <Link href={checkinDetailHref(meeting.id)} className="linked-row">
                  <span className="linked-name">{meeting.summary ?? 'Meeting'}</span>
                  <span className="linked-meta">
                    {formatDate(new Date(meeting.occurred_at), now)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="forum-commitments-title">
        <h2 id="forum-commitments-title" className="panel-title">
          Open commitments <span className="count">({summary.openCommitments.length})</span>
        </h2>
        {summary.openCommitments.length === 0 ? (
          <p className="field-hint">Nothing promised at its meetings is open.</p>
        ) : (
          <ul className="item-list">
            {summary.openCommitments.map((item) => (
              <li key={item.id} className="item">
                <span className="item-title">{item.title}</span>
                {item.due_on && (
                  <span className="item-meta">
                    Due {formatDate(new Date(`${item.due_on}T12:00:00Z`), now)}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Screen>
  )
}

/**
 * One forum, offline: its purpose, charter, co-chairs and cadence (edited by leads and admins),
 * its members (seated and unseated by them), decisions, meetings and open commitments, and
 * recording a meeting.
 */
export function ForumScreen({ id }: { id: string }) {
  const now = useNow(60_000)
  const forums = useForums(now, id)
  if (!forums) {
    return (
      <Screen title="Forum">
        <p className="loading-note">Loading…</p>
      </Screen>
    )
  }
  const [summary] = forums
  if (!summary) {
    return (
      <Screen title="Forum not found">
        <EmptyState title="This forum isn’t on this device">
          It may have been deleted, or not synced here yet.{' '}
          <Link href="/forums">See the forums</Link>.
        </EmptyState>
      </Screen>
    )
  }
  return <ForumBody summary={summary} now={now} />
}
