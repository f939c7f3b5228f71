import { mayRead } from '../../../api/contract/privacy.ts'
import { Dexie } from 'dexie'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useState } from 'react'
import { Link } from '../../app/link.tsx'
import { relativeTime, sentenceStart } from '../../app/relative-time.ts'
import { useNow } from '../../app/use-now.ts'
import type { LocalDb } from '../../local/local-db.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { kindLabels, pulseWords } from '../checkin/checkin-options.ts'
import { useSignedIn } from '../../app/shell/signed-in.tsx'
import { PulseSparkline } from '../../ui/trust/pulse-sparkline.tsx'
import { checkinDetailHref } from '../../app/routes.ts'
import { authorName, memberName } from '../../local/member-names.ts'

const pageSize = 20
const sparklineReadings = 12

async function readTimeline(db: LocalDb, accountId: string, userId: string) {
  const [rows, members, pending] = await Promise.all([
    db.checkins
      .where('[account_id+occurred_at]')
      .between([accountId, Dexie.minKey], [accountId, Dexie.maxKey])
      .toArray(),
    db.members.toArray(),
    db.outbox
      .where('[table+id]')
      .between(['checkins', Dexie.minKey], ['checkins', Dexie.maxKey])
      .toArray(),
  ])
  const names = new Map(members.map((m) => [m.user_id, memberName(m)]))
  const waiting = new Set(pending.map((entry) => entry.id))
  return rows
    .filter((row) => !row.deleted_at && mayRead(row, userId))
    .sort((a, b) => Date.parse(b.occurred_at) - Date.parse(a.occurred_at))
    .map((row) => ({
      row,
      author: authorName(names, row.author_id, userId),
      waiting: waiting.has(row.id),
    }))
}

/**
 * The relationship's check-ins, newest first, with the recent trust pulses as a sparkline: when,
 * what kind, the pulse, the summary (a link to the check-in) and notes, who wrote it, and
 * whether it is private or still waiting to sync.
 */
export function CheckinTimeline({ accountId }: { accountId: string }) {
  const db = useLocalDb()
  const { userId } = useSignedIn()
  const now = useNow(60_000)
  const [shown, setShown] = useState(pageSize)
  const entries = useLiveQuery(() => readTimeline(db, accountId, userId), [db, accountId, userId])
  const pulses = useMemo(
    () =>
      (entries ?? [])
        .flatMap(({ row }) => (row.trust_pulse === null ? [] : [row.trust_pulse]))
        .slice(0, sparklineReadings)
        .reverse(),
    [entries],
  )

  return (
    <section className="panel" aria-labelledby="timeline-title">
      <div className="panel-head panel-head-wrap">
        <h2 id="timeline-title" className="panel-title">
          Check-ins {entries && <span className="count">({entries.length})</span>}
        </h2>
        {pulses.length > 0 && (
          <div className="timeline-pulse">
            <span className="timeline-pulse-label" aria-hidden="true">
              Pulse
            </span>
            <PulseSparkline pulses={pulses} />
          </div>
        )}
      </div>
      {!entries ? (
        <p className="loading-note">Loading…</p>
      ) : entries.length === 0 ? (
        <p className="field-hint">No check-ins yet. The first one starts the history.</p>
      ) : (
        <ol className="timeline" data-testid="timeline">
          {entries.slice(0, shown).map(({ row, author, waiting }) => (
            <li key={row.id} className="timeline-item">
              <p className="timeline-head">
                <time dateTime={row.occurred_at} title={new Date(row.occurred_at).toLocaleString()}>
                  {sentenceStart(relativeTime(row.occurred_at, now))}
                </time>
                <span>{kindLabels[row.kind]}</span>
                {row.trust_pulse !== null && (
                  <span className={`pulse pulse-${row.trust_pulse}`}>
                    Pulse {row.trust_pulse} · {pulseWords[row.trust_pulse]}
                  </span>
                )}
                {row.visibility === 'private' && <span className="tag">Private</span>}
                {waiting && <span className="tag tag-waiting">Not synced yet</span>}
              </p>
              <Link href={checkinDetailHref(row.id)} className="timeline-link">
                {row.summary ?? `${kindLabels[row.kind]}, ${relativeTime(row.occurred_at, now)}`}
              </Link>
              {row.notes && <p className="timeline-notes">{row.notes}</p>}
              {row.strategic_invite && (
                <p className="timeline-flag">Invited to strategic planning</p>
              )}
              <p className="timeline-author">{author}</p>
            </li>
          ))}
        </ol>
      )}
      {entries && entries.length > shown && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => setShown((n) => n + pageSize)}
        >
          Show {Math.min(pageSize, entries.length - shown)} more
        </button>
      )}
    </section>
  )
}
