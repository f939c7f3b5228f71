import { Link } from '../../app/link.tsx'
import { contactsHref } from '../../app/routes.ts'
import { pulseWords } from '../checkin/checkin-options.ts'
import type { CheckinDetail } from './use-checkin-detail.ts'

function TextBlock({ title, text }: { title: string; text: string | null }) {
  if (!text) return null
  return (
    <section className="detail-text">
      <h2 className="detail-text-title">{title}</h2>
      <p className="prewrap">{text}</p>
    </section>
  )
}

/**
 * A check-in's facts and words, read only: who wrote it, who attended, the trust pulse, the
 * strategic invite, who may see it; then summary, notes and start / stop / continue.
 */
export function CheckinView({ detail }: { detail: CheckinDetail }) {
  const { checkin, attendees, account } = detail
  const pulse = checkin.trust_pulse
  const feedback = [checkin.start_doing, checkin.stop_doing, checkin.continue_doing]
  return (
    <>
      <TextBlock title="Summary" text={checkin.summary} />
      <dl className="detail-facts">
        <div className="detail-facts-wide">
          <dt>When</dt>
          <dd>
            {new Date(checkin.occurred_at).toLocaleString(undefined, {
              dateStyle: 'full',
              timeStyle: 'short',
            })}
          </dd>
        </div>
        <div>
          <dt>Written by</dt>
          <dd>{detail.authorName}</dd>
        </div>
        <div>
          <dt>Trust pulse</dt>
          <dd>{pulse === null ? 'Not recorded' : `${pulse} · ${pulseWords[pulse] ?? ''}`}</dd>
        </div>
        <div>
          <dt>Strategic planning</dt>
          <dd>{checkin.strategic_invite ? 'Invited to strategic planning' : 'No invitation'}</dd>
        </div>
        <div>
          <dt>Who can see it</dt>
          <dd>{checkin.visibility === 'private' ? 'Only you (private)' : 'Your team'}</dd>
        </div>
        {detail.colleagues.length > 0 && (
          <div className="detail-facts-wide">
            <dt>With colleagues</dt>
            <dd>{detail.colleagues.join(', ')}</dd>
          </div>
        )}
        <div className="detail-facts-wide">
          <dt>Attendees</dt>
          <dd>
            {attendees.length === 0
              ? 'None recorded'
              : attendees.map((a) => a.name ?? 'Someone not on this device').join(', ')}
            {account && attendees.length > 0 && (
              <>
                {' '}
                <Link href={contactsHref(account.id)} className="detail-inline-link">
                  See contacts
                </Link>
              </>
            )}
          </dd>
        </div>
      </dl>
      <TextBlock title="Notes" text={checkin.notes} />
      {feedback.some(Boolean) && (
        <section className="detail-text">
          <h2 className="detail-text-title">Start / stop / continue</h2>
          <dl className="detail-feedback">
            {(['Start doing', 'Stop doing', 'Continue doing'] as const).map((label, n) =>
              feedback[n] ? (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd className="prewrap">{feedback[n]}</dd>
                </div>
              ) : null,
            )}
          </dl>
        </section>
      )}
      {!checkin.summary && !checkin.notes && !feedback.some(Boolean) && (
        <p className="field-hint">No summary or notes were written for this check-in.</p>
      )}
    </>
  )
}
