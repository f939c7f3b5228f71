import { relativeTime } from '../../app/relative-time.ts'
import { authorName } from '../../local/member-names.ts'
import { kindLabels } from '../checkin/checkin-options.ts'
import { dueText } from '../relationship/due-text.ts'
import { stageLabels } from '../value/value-format.ts'
import type { SinceLastVisit } from './since-last-visit.ts'

/** One line of "Since your last visit": a headline, and what it counts, one entry each. */
export interface SinceLine {
  key: string
  headline: string
  entries: string[]
  /** Whether the line asks for something to be done (overdue, a fall in trust). */
  warn?: boolean
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** The trust line: the score then and now in words a screen reader reads the same way. */
function trustLine({ trust }: SinceLastVisit): SinceLine {
  const change = trust.now - trust.then
  const headline =
    change === 0
      ? `Trust unchanged at ${trust.now}`
      : `Trust ${change > 0 ? 'up' : 'down'} ${Math.abs(change)}, from ${trust.then} to ${trust.now}`
  return { key: 'trust', headline, entries: trust.newReasons, warn: change < 0 }
}

/**
 * "Since your last visit" as lines, the same for the screen, the print page and the shared
 * text: trust movement first, then what needs doing, then what happened. Empty groups are left
 * out; the trust line is always there.
 *
 * @example
 * sinceLines(since, names, viewerId, now)[0].headline // 'Trust down 7, from 72 to 65'
 */
export function sinceLines(
  since: SinceLastVisit,
  names: Map<string, string>,
  viewerId: string,
  now: Date,
): SinceLine[] {
  const lines: SinceLine[] = [trustLine(since)]
  const due = (dueOn: string | null) => dueText(dueOn, now).text
  if (since.overdue.length) {
    lines.push({
      key: 'overdue',
      headline: `${count(since.overdue.length, 'commitment', 'commitments')} overdue`,
      entries: since.overdue.map((item) => `${item.title} — ${due(item.due_on)}`),
      warn: true,
    })
  }
  if (since.dueSoon.length) {
    lines.push({
      key: 'due',
      headline: `${count(since.dueSoon.length, 'commitment', 'commitments')} due this week`,
      entries: since.dueSoon.map((item) => `${item.title} — ${due(item.due_on)}`),
    })
  }
  if (since.othersCheckins.length) {
    lines.push({
      key: 'checkins',
      headline: `${count(since.othersCheckins.length, 'check-in', 'check-ins')} by colleagues`,
      entries: since.othersCheckins.map(
        (row) =>
          `${authorName(names, row.author_id, viewerId)}, ${relativeTime(row.occurred_at, now)}: ${row.summary ?? kindLabels[row.kind]}`,
      ),
    })
  }
  if (since.completed.length) {
    lines.push({
      key: 'completed',
      headline: `${count(since.completed.length, 'commitment', 'commitments')} completed`,
      entries: since.completed.map((item) => item.title),
    })
  }
  if (since.stageChanges.length) {
    lines.push({
      key: 'value',
      headline: count(since.stageChanges.length, 'value stage change', 'value stage changes'),
      entries: since.stageChanges.map(
        ({ item, update }) => `${item.title} → ${update.stage ? stageLabels[update.stage] : ''}`,
      ),
    })
  }
  if (since.newRisks.length) {
    lines.push({
      key: 'risks',
      headline: count(since.newRisks.length, 'new risk', 'new risks'),
      entries: since.newRisks.map((risk) => risk.title),
    })
  }
  if (since.newDecisions.length) {
    lines.push({
      key: 'decisions',
      headline: count(since.newDecisions.length, 'new decision', 'new decisions'),
      entries: since.newDecisions.map((decision) => decision.title),
    })
  }
  return lines
}

/**
 * When the window starts, in words: the viewer's last check-in, or the look-back before it.
 *
 * @example
 * sinceWhen(since, now) // 'Your last check-in: Visit, 12 days ago'
 */
export function sinceWhen(since: SinceLastVisit, now: Date, lookbackDays: number): string {
  return since.lastVisit
    ? `Your last check-in: ${kindLabels[since.lastVisit.kind]}, ${relativeTime(since.lastVisit.occurred_at, now)}`
    : `You have not checked in here yet — the last ${lookbackDays} days`
}
