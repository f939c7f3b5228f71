import { mayRead } from '../../../api/contract/privacy.ts'
import { riskSeverity } from '../../../api/contract/risk-register.ts'
import type { TrustIndex } from '../../../api/contract/trust-index.ts'
import { formatDate } from '../../app/relative-time.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { kindLabels, pulseWords, sideOwes } from '../checkin/checkin-options.ts'
import { byDueDate, dueText } from '../relationship/due-text.ts'
import {
  influenceLabels,
  keyContacts,
  lastEngagedByContact,
} from '../relationship/key-contacts-order.ts'
import { bandLabels } from '../../ui/trust/trust-text.ts'
import type { AccountRows } from '../trust/trust-inputs.ts'
import type { SinceLine } from './since-lines.ts'

/** What one printed page holds at most of each list, so it stays one page on Letter and A4. */
const limits = { entries: 3, commitments: 8, contacts: 5, checkins: 3, risks: 3 }

export interface PrintBriefingProps {
  account: LocalRow<'accounts'>
  subtitle: string
  trust: TrustIndex
  sinceWhen: string
  lines: SinceLine[]
  rows: AccountRows
  risks: LocalRow<'risks'>[]
  viewerId: string
  now: Date
}

/**
 * The briefing on one printed page (shown only when printing): trust and its reasons, what
 * changed since the last visit, open commitments, key people, the last check-ins and the top
 * risks — the lists cut to what fits, each saying how many more there are.
 */
export function PrintBriefing(props: PrintBriefingProps) {
  const { rows, now, viewerId } = props
  const open = rows.items
    .filter((item) => item.status === 'open' && !item.deleted_at)
    .sort(byDueDate)
  const checkins = rows.checkins
    .filter((row) => !row.deleted_at && mayRead(row, viewerId))
    .sort((a, b) => Date.parse(b.occurred_at) - Date.parse(a.occurred_at))
  const people = keyContacts(
    rows.contacts,
    lastEngagedByContact(rows.checkins, viewerId),
    limits.contacts,
  )
  const risks = props.risks
    .filter((risk) => !risk.deleted_at && risk.status !== 'closed')
    .map((risk) => ({ risk, severity: riskSeverity(risk.likelihood, risk.impact) }))
    .sort((a, b) => b.severity.score - a.severity.score)
  const more = (total: number, shown: number) =>
    total > shown ? <li className="print-more">and {total - shown} more in the app</li> : null

  return (
    <article className="print-briefing" data-testid="print-briefing">
      <header className="print-head">
        <h2 className="print-title">{props.account.name}</h2>
        <p>{props.subtitle}</p>
        <p>Briefing printed {formatDate(now, now)} · Liaison</p>
      </header>
      <section>
        <h3>
          Trust index {props.trust.score} · {bandLabels[props.trust.band]}
        </h3>
        <ul>
          {props.trust.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </section>
      <section>
        <h3>Since your last visit</h3>
        <p>{props.sinceWhen}</p>
        <ul>
          {props.lines.map((line) => (
            <li key={line.key}>
              <strong>{line.headline}</strong>
              {line.entries.length > 0 && `: ${line.entries.slice(0, limits.entries).join('; ')}`}
              {line.entries.length > limits.entries &&
                ` (+${line.entries.length - limits.entries})`}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3>Open commitments ({open.length})</h3>
        <ul>
          {open.slice(0, limits.commitments).map((item) => (
            <li key={item.id}>
              {item.title} — {sideOwes[item.owner_side]}, {dueText(item.due_on, now).text}
            </li>
          ))}
          {more(open.length, limits.commitments)}
        </ul>
      </section>
      <section>
        <h3>Key people</h3>
        <ul>
          {people.map(({ contact }) => (
            <li key={contact.id}>
              {contact.name}
              {contact.title && `, ${contact.title}`}
              {contact.influence && ` (${influenceLabels[contact.influence]})`}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3>Last check-ins</h3>
        <ul>
          {checkins.slice(0, limits.checkins).map((row) => (
            <li key={row.id}>
              {formatDate(new Date(row.occurred_at), now)}, {kindLabels[row.kind]}
              {row.trust_pulse !== null &&
                `, pulse ${row.trust_pulse} ${pulseWords[row.trust_pulse]}`}
              {row.summary && `: ${row.summary}`}
            </li>
          ))}
          {more(checkins.length, limits.checkins)}
        </ul>
      </section>
      {risks.length > 0 && (
        <section>
          <h3>Top risks</h3>
          <ul>
            {risks.slice(0, limits.risks).map(({ risk, severity }) => (
              <li key={risk.id}>
                {risk.title} — severity {severity.score} ({severity.level})
              </li>
            ))}
            {more(risks.length, limits.risks)}
          </ul>
        </section>
      )}
    </article>
  )
}
