import { mayRead } from '../../../api/contract/privacy.ts'
import { Link } from '../../app/link.tsx'
import { formatDate } from '../../app/relative-time.ts'
import { checkinDetailHref } from '../../app/routes.ts'
import type { LocalRow } from '../../local/local-db.ts'

const yearMs = 365 * 86_400_000
const asks = [
  { field: 'start_doing', title: 'Start doing', question: 'What new things should we be doing?' },
  { field: 'stop_doing', title: 'Stop doing', question: 'What should we stop doing?' },
  { field: 'continue_doing', title: 'Continue doing', question: 'What should we keep doing?' },
] as const

/**
 * What a relationship told us to start, stop and continue, gathered from its check-ins of the
 * last 12 months, newest first — the input to the strategic-planning conversation the NASCIO
 * paper describes. Each line links to the check-in it came from.
 */
export function StartStopContinuePanel(props: {
  checkins: readonly LocalRow<'checkins'>[]
  viewerId: string
  now: Date
}) {
  const since = props.now.getTime() - yearMs
  const year = props.checkins
    .filter((c) => !c.deleted_at && Date.parse(c.occurred_at) > since && mayRead(c, props.viewerId))
    .sort((a, b) => b.occurred_at.localeCompare(a.occurred_at))
  const total = asks.reduce((n, { field }) => n + year.filter((c) => c[field]).length, 0)
  return (
    <section className="panel" aria-labelledby="ssc-title" data-testid="start-stop-continue">
      <h2 id="ssc-title" className="panel-title">
        Start, stop, continue <span className="count">(12 months)</span>
      </h2>
      {total === 0 ? (
        <p className="field-hint">
          Nothing yet. A check-in’s start / stop / continue gathers here, for planning together.
        </p>
      ) : (
        asks.map(({ field, title, question }) => {
          const said = year.filter((c) => c[field])
          if (said.length === 0) return null
          return (
            <div key={field} className="commitment-group">
              <h3 className="commitment-group-title">
                {title} <span className="count">({said.length})</span>
              </h3>
              <p className="field-hint">{question}</p>
              <ul className="ssc-list">
                {said.map((c) => (
                  <li key={c.id}>
                    <p className="prewrap">{c[field]}</p>
                    <Link href={checkinDetailHref(c.id)} className="item-meta">
                      {formatDate(new Date(c.occurred_at), props.now)}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          )
        })
      )}
    </section>
  )
}
