import {
  scorecardGrade,
  type ScorecardGrade,
  type ScorecardRatings,
} from '../../../api/contract/scorecard-grade.ts'
import type { LocalRow } from '../../local/local-db.ts'

type Live = { deleted_at: string | null }
export type LinkAccount = Pick<LocalRow<'accounts'>, 'id' | 'kind'> & Live
export type LinkValueItem = Pick<
  LocalRow<'value_items'>,
  'id' | 'account_id' | 'vendor_account_id'
> &
  Live
export type LinkScorecard = Pick<
  LocalRow<'scorecards'>,
  'id' | 'vendor_account_id' | 'agency_account_id' | 'period'
> &
  ScorecardRatings &
  Live
export type LinkForumMember = Pick<
  LocalRow<'forum_members'>,
  'forum_id' | 'account_id' | 'contact_id'
> &
  Live
export type LinkContact = Pick<LocalRow<'contacts'>, 'id' | 'account_id'> & Live
export type LinkForum = Pick<LocalRow<'forums'>, 'id'> & Live

export interface LinkRows {
  accounts: readonly LinkAccount[]
  valueItems: readonly LinkValueItem[]
  scorecards: readonly LinkScorecard[]
  forums: readonly LinkForum[]
  forumMembers: readonly LinkForumMember[]
  contacts: readonly LinkContact[]
}

/** A vendor working for a relationship it serves, with the rows that show it. */
export interface SupplierLink {
  vendorId: string
  /** The served side: an agency, a partner or an internal unit (never a vendor). */
  agencyId: string
  valueItemIds: string[]
  scorecardIds: string[]
  /** Forums both sit on (as accounts, or through their contacts). */
  forumIds: string[]
  /** The graded scorecard of the latest period between the two. */
  latest: { grade: ScorecardGrade; period: string; scorecardId: string } | null
}

function linkTable(rows: LinkRows) {
  const kinds = new Map(rows.accounts.filter((a) => !a.deleted_at).map((a) => [a.id, a.kind]))
  const links = new Map<string, SupplierLink>()
  const link = (vendorId: string | null, agencyId: string | null) => {
    if (!vendorId || !agencyId || vendorId === agencyId) return null
    if (kinds.get(vendorId) !== 'vendor') return null
    const kind = kinds.get(agencyId)
    if (!kind || kind === 'vendor') return null
    const key = `${vendorId}/${agencyId}`
    const found = links.get(key) ?? {
      vendorId,
      agencyId,
      valueItemIds: [],
      scorecardIds: [],
      forumIds: [],
      latest: null,
    }
    links.set(key, found)
    return found
  }
  return { kinds, links, link }
}

function linkThroughForums(rows: LinkRows, link: ReturnType<typeof linkTable>['link']) {
  const contactAccount = new Map(
    rows.contacts.filter((c) => !c.deleted_at).map((c) => [c.id, c.account_id]),
  )
  const liveForums = new Set(rows.forums.filter((f) => !f.deleted_at).map((f) => f.id))
  const seats = new Map<string, Set<string>>()
  for (const member of rows.forumMembers) {
    if (member.deleted_at || !liveForums.has(member.forum_id)) continue
    const accountId =
      member.account_id ?? (member.contact_id ? contactAccount.get(member.contact_id) : undefined)
    if (!accountId) continue
    seats.set(member.forum_id, (seats.get(member.forum_id) ?? new Set()).add(accountId))
  }
  for (const [forumId, accountIds] of seats) {
    for (const vendorId of accountIds) {
      for (const agencyId of accountIds) {
        const found = link(vendorId, agencyId)
        if (found && !found.forumIds.includes(forumId)) found.forumIds.push(forumId)
      }
    }
  }
}

/**
 * Which vendors serve which agencies, derived from what the device holds: a value item a vendor
 * delivers for a relationship, a scorecard of a vendor for an agency, and a forum both sit on.
 * Deleted rows (a deleted forum's seats too), and accounts not on the device, do not count; each pair is listed once, with
 * its latest graded scorecard (grades computed by the contract's function).
 */
export function supplierLinks(rows: LinkRows): SupplierLink[] {
  const { links, link } = linkTable(rows)
  for (const item of rows.valueItems) {
    if (item.deleted_at) continue
    link(item.vendor_account_id, item.account_id)?.valueItemIds.push(item.id)
  }
  for (const card of rows.scorecards) {
    if (card.deleted_at) continue
    const found = link(card.vendor_account_id, card.agency_account_id)
    if (!found) continue
    found.scorecardIds.push(card.id)
    const grade = scorecardGrade(card)?.grade
    if (grade && (!found.latest || found.latest.period < card.period)) {
      found.latest = { grade, period: card.period, scorecardId: card.id }
    }
  }
  linkThroughForums(rows, link)
  return [...links.values()]
}
