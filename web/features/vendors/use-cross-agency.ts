import { useLiveQuery } from 'dexie-react-hooks'
import type { LocalDb, LocalRow } from '../../local/local-db.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { recurringThemes, themeWindowDays, type Theme } from './recurring-themes.ts'
import { supplierLinks, type SupplierLink } from './supplier-links.ts'
import { vendorTrend, type PeriodStanding } from '../../../api/contract/vendor-standing.ts'

type Account = LocalRow<'accounts'>

export interface VendorEntry {
  vendor: Account
  /** The vendor's latest quarter over all its scorecards, or null when never graded. */
  latest: PeriodStanding | null
  agencies: { link: SupplierLink; account: Account }[]
}

export interface AgencyEntry {
  agency: Account
  vendors: { link: SupplierLink; account: Account }[]
}

/** The rows a link or a theme rests on, by id, to name them in the lists. */
export interface RowsBehind {
  valueItems: Map<string, Pick<LocalRow<'value_items'>, 'id' | 'title'>>
  scorecards: Map<string, LocalRow<'scorecards'>>
  forums: Map<string, string>
  checkins: Map<string, Pick<LocalRow<'checkins'>, 'id' | 'occurred_at' | 'summary' | 'kind'>>
  accounts: Map<string, Account>
}

export interface CrossAgencyView {
  byVendor: VendorEntry[]
  byAgency: AgencyEntry[]
  themes: Theme[]
  rows: RowsBehind
}

const dayMs = 86_400_000
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name)

async function readCrossAgency(db: LocalDb, now: Date): Promise<CrossAgencyView> {
  const since = new Date(now.getTime() - themeWindowDays * dayMs).toISOString()
  const [accounts, valueItems, scorecards, forumMembers, contacts, forums, checkins] =
    await Promise.all([
      db.accounts.toArray(),
      db.value_items.toArray(),
      db.scorecards.toArray(),
      db.forum_members.toArray(),
      db.contacts.toArray(),
      db.forums.toArray(),
      db.checkins.where('occurred_at').above(since).toArray(),
    ])
  const liveAccounts = accounts.filter((a) => !a.deleted_at)
  const accountById = new Map(liveAccounts.map((a) => [a.id, a]))
  const links = supplierLinks({
    accounts: liveAccounts,
    valueItems,
    scorecards,
    forums,
    forumMembers,
    contacts,
  })
  const liveCards = scorecards.filter((card) => !card.deleted_at)
  const pair = (link: SupplierLink, id: string) => {
    const account = accountById.get(id)
    return account ? [{ link, account }] : []
  }
  const byVendor = liveAccounts
    .filter((a) => a.kind === 'vendor')
    .map((vendor): VendorEntry => ({
      vendor,
      latest:
        vendorTrend(liveCards.filter((c) => c.vendor_account_id === vendor.id)).at(-1) ?? null,
      agencies: links
        .filter((l) => l.vendorId === vendor.id)
        .flatMap((l) => pair(l, l.agencyId))
        .sort((a, b) => byName(a.account, b.account)),
    }))
    .sort((a, b) => byName(a.vendor, b.vendor))
  const byAgency = liveAccounts
    .filter((a) => a.kind !== 'vendor')
    .map((agency): AgencyEntry => ({
      agency,
      vendors: links
        .filter((l) => l.agencyId === agency.id)
        .flatMap((l) => pair(l, l.vendorId))
        .sort((a, b) => byName(a.account, b.account)),
    }))
    .filter((entry) => entry.vendors.length > 0)
    .sort((a, b) => byName(a.agency, b.agency))
  // Themes are shared words: a private check-in stays out, even from its author's view.
  const liveCheckins = checkins.filter((c) => !c.deleted_at && c.visibility !== 'private')
  return {
    byVendor,
    byAgency,
    themes: recurringThemes({ checkins: liveCheckins, valueItems, accounts: liveAccounts }, now),
    rows: {
      valueItems: new Map(valueItems.map((v) => [v.id, v])),
      scorecards: new Map(liveCards.map((c) => [c.id, c])),
      forums: new Map(forums.filter((f) => !f.deleted_at).map((f) => [f.id, f.name])),
      checkins: new Map(liveCheckins.map((c) => [c.id, c])),
      accounts: accountById,
    },
  }
}

/**
 * Which vendors serve which agencies (by value items, scorecards and forums), each vendor's
 * latest standing, and the themes recurring across agencies in the last 180 days, all from
 * the device, live; undefined while the first read runs.
 */
export function useCrossAgency(now: Date): CrossAgencyView | undefined {
  const db = useLocalDb()
  // The day is what matters: recomputing every minute would only churn.
  const day = now.toISOString().slice(0, 10)
  return useLiveQuery(() => readCrossAgency(db, new Date()), [db, day])
}
