import { memo } from 'react'
import { Link } from '../../app/link.tsx'
import { relativeTime } from '../../app/relative-time.ts'
import { kindLabels, sideOwes } from '../checkin/checkin-options.ts'
import { accountKindLabels } from '../relationship/account-labels.ts'
import { dueText } from '../relationship/due-text.ts'
import { stageLabels } from '../value/value-format.ts'
import { decisionStatusLabels } from '../governance/governance-text.ts'
import { Highlighted } from './highlighted.tsx'
import type { ShownEntry } from './shown-results.ts'

const statusWords = { open: null, done: 'Done', dropped: 'Dropped' } as const

/** The facts beside a result that were not searched: its kind, relationship, date or status. */
function contextOf(entry: ShownEntry, now: Date): string {
  switch (entry.kind) {
    case 'account':
      return [accountKindLabels[entry.row.kind], entry.row.status === 'archived' && 'Archived']
        .filter(Boolean)
        .join(' · ')
    case 'contact':
      return entry.accountName
    case 'checkin':
      return [
        kindLabels[entry.row.kind],
        entry.accountName,
        relativeTime(entry.row.occurred_at, now),
      ].join(' · ')
    case 'commitment':
      return [
        sideOwes[entry.row.owner_side],
        entry.accountName,
        statusWords[entry.row.status] ?? dueText(entry.row.due_on, now).text,
      ].join(' · ')
    case 'value':
      return [`Value: ${stageLabels[entry.row.stage]}`, entry.accountName].join(' · ')
    case 'decision':
      return [`Decision: ${decisionStatusLabels[entry.row.status]}`, entry.accountName]
        .filter(Boolean)
        .join(' · ')
  }
}

/** What a result says when its own first line is empty (a check-in without a summary). */
function fallbackTitle(entry: ShownEntry): string {
  return entry.kind === 'checkin' ? `${kindLabels[entry.row.kind]} check-in` : 'Untitled'
}

/**
 * One search result: a link to its screen with the matched words marked in its title and in an
 * excerpt of its longer text (both cut by the search worker).
 */
export const SearchResult = memo(function SearchResult(props: { entry: ShownEntry; now: Date }) {
  const { entry } = props
  return (
    <li>
      <Link href={entry.href} className="search-result" data-testid="search-result">
        <span className="search-result-title">
          {entry.title.length > 0 ? <Highlighted parts={entry.title} /> : fallbackTitle(entry)}
        </span>
        {entry.body.length > 0 && (
          <span className="search-result-body">
            <Highlighted parts={entry.body} />
          </span>
        )}
        <span className="search-result-context">{contextOf(entry, props.now)}</span>
      </Link>
    </li>
  )
})
