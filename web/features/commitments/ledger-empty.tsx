import { EmptyState } from '../../ui/screen.tsx'
import type { CommitmentFilter } from './commitment-filter.ts'

const empty: Record<CommitmentFilter, { title: string; text: string }> = {
  mine: {
    title: 'Nothing open on your side',
    text: 'Commitments assigned to you, or made for your relationships, appear here. Choose All to see the team’s, or add one during a check-in.',
  },
  all: {
    title: 'No open commitments',
    text: 'Add one during a check-in or from a relationship’s page; both sides’ promises are tracked here.',
  },
  week: {
    title: 'Nothing due in the next seven days',
    text: 'Choose Overdue to catch up on anything late, or All to plan further ahead.',
  },
  overdue: {
    title: 'Nothing overdue',
    text: 'Every open commitment is still on time. Choose Due this week to see what comes next.',
  },
  theirs: {
    title: 'They owe nothing right now',
    text: 'When an agency or vendor promises something, add it at the check-in with the side Them or Vendor to follow it here.',
  },
}

/**
 * What an empty filter means, and what to do next.
 */
export function LedgerEmpty({ filter }: { filter: CommitmentFilter }) {
  const { title, text } = empty[filter]
  return <EmptyState title={title}>{text}</EmptyState>
}
