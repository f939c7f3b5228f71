import type { ReactNode } from 'react'
import { firstVisitLookbackDays } from './since-last-visit.ts'
import { sinceWhen, type SinceLine } from './since-lines.ts'
import type { SinceLastVisit } from './since-last-visit.ts'

const shownEntries = 3

function Line({ line }: { line: SinceLine }) {
  const more = line.entries.length - shownEntries
  return (
    <li className={line.warn ? 'since-line since-line-warn' : 'since-line'}>
      <p className="since-headline">{line.headline}</p>
      {line.entries.length > 0 && (
        <ul className="since-entries">
          {line.entries.slice(0, shownEntries).map((entry, index) => (
            <li key={index}>{entry}</li>
          ))}
          {more > 0 && <li className="since-more">and {more} more below</li>}
        </ul>
      )}
    </li>
  )
}

/**
 * The top of a briefing: what changed since the viewer's last check-in with the relationship,
 * trust first, then what needs doing, then what happened; `children` close it (the next visit).
 */
export function SinceLastVisitPanel(props: {
  children?: ReactNode
  since: SinceLastVisit
  lines: SinceLine[]
  now: Date
}) {
  const quiet = props.lines.length === 1 && props.since.trust.now === props.since.trust.then
  return (
    <section
      className="panel since-panel"
      aria-labelledby="since-title"
      data-testid="since-last-visit"
    >
      <h2 id="since-title" className="panel-title">
        Since your last visit
      </h2>
      <p className="field-hint">{sinceWhen(props.since, props.now, firstVisitLookbackDays)}</p>
      <ul className="since-lines">
        {props.lines.map((line) => (
          <Line key={line.key} line={line} />
        ))}
      </ul>
      {quiet && <p className="field-hint">Nothing else has changed since.</p>}
      {props.children}
    </section>
  )
}
