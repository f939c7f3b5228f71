import type { SupplierLink } from './supplier-links.ts'

const counted = (n: number, one: string, many: string) =>
  n === 0 ? null : `${n} ${n === 1 ? one : many}`

/**
 * What links a vendor and a relationship, in a few words.
 *
 * @example
 * linkEvidence(link) // '2 value items · 3 scorecards · 1 forum'
 */
export function linkEvidence(
  link: Pick<SupplierLink, 'valueItemIds' | 'scorecardIds' | 'forumIds'>,
) {
  return [
    counted(link.valueItemIds.length, 'value item', 'value items'),
    counted(link.scorecardIds.length, 'scorecard', 'scorecards'),
    counted(link.forumIds.length, 'forum', 'forums'),
  ]
    .filter(Boolean)
    .join(' · ')
}
