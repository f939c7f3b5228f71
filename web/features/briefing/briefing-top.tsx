import { usePrinting } from '../../app/use-printing.ts'
import type { TrustIndex } from '../../../api/contract/trust-index.ts'
import type { LocalRow } from '../../local/local-db.ts'
import type { LiveRows } from '../trust/use-account-rows.ts'
import { BriefingActions } from './briefing-actions.tsx'
import { briefingText } from './briefing-text.ts'
import { PrintBriefing } from './print-briefing.tsx'
import { firstVisitLookbackDays } from './since-last-visit.ts'
import { SinceLastVisitPanel } from './since-last-visit-panel.tsx'
import { sinceLines, sinceWhen } from './since-lines.ts'
import { useSinceLastVisit } from './use-since-last-visit.ts'
import { lastCheckinAt } from '../reminders/last-checkin-at.ts'
import { NextVisitCalendarButton } from '../reminders/next-visit-calendar-button.tsx'

export interface BriefingTopProps {
  account: LocalRow<'accounts'>
  subtitle: string
  /** The relationship's cadence target, for the next visit's reminder. */
  cadenceDays: number
  rows: LiveRows
  trust: TrustIndex
  viewerId: string
  announce: (message: string) => void
}

/**
 * The head of a briefing: Share and Print, "Since your last visit" closed by the next visit's
 * calendar reminder, and, only while printing, the one-page sheet shown instead of the screen.
 */
export function BriefingTop(props: BriefingTopProps) {
  const { account, rows, trust, viewerId } = props
  const changes = useSinceLastVisit(account, rows, viewerId)
  const printing = usePrinting()
  if (!changes) return null
  const { since, names, now } = changes
  const lines = sinceLines(since, names, viewerId, now)
  const when = sinceWhen(since, now, firstVisitLookbackDays)
  const text = () =>
    briefingText({ account, trust, sinceWhen: when, lines, openItems: rows.items, now })
  return (
    <>
      <BriefingActions
        title={`${account.short_name ?? account.name} briefing`}
        text={text}
        announce={props.announce}
      />
      <SinceLastVisitPanel since={since} lines={lines} now={now}>
        <NextVisitCalendarButton
          account={account}
          cadenceDays={props.cadenceDays}
          lastCheckinAt={lastCheckinAt(rows.checkins)}
          announce={props.announce}
        />
      </SinceLastVisitPanel>
      {printing && (
        <PrintBriefing
          account={account}
          subtitle={props.subtitle}
          trust={trust}
          sinceWhen={when}
          lines={lines}
          rows={rows}
          risks={changes.risks}
          viewerId={viewerId}
          now={now}
        />
      )}
    </>
  )
}
