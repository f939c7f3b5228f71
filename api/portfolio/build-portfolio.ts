import type { PortfolioAccount } from '../contract/portfolio.ts'
import { byNeedOfAttention } from '../contract/portfolio-order.ts'
import { trustIndex } from '../contract/trust-index.ts'
import type { PortfolioRows } from './portfolio-rows.ts'

function groupBy<T extends { account_id: string }>(rows: readonly T[]) {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const group = groups.get(row.account_id)
    if (group) group.push(row)
    else groups.set(row.account_id, [row])
  }
  return groups
}

/**
 * The portfolio as `viewerId` sees it at `asOf`: each account's trust index from the shared
 * pure function, its open commitments by side, most in need of attention first.
 *
 * @example
 * const accounts = buildPortfolio(rows, new Date('2026-05-01T09:00:00Z'), user.id)
 * accounts[0].trust.band // 'at_risk'
 */
export function buildPortfolio(
  rows: PortfolioRows,
  asOf: Date,
  viewerId: string,
): PortfolioAccount[] {
  const checkins = groupBy(rows.checkins)
  const items = groupBy(rows.items)
  const contacts = groupBy(rows.contacts)
  const entries = rows.accounts.map((account) => {
    const accountItems = items.get(account.id) ?? []
    const { overdueCount, daysSinceContact, ...trust } = trustIndex(
      account,
      checkins.get(account.id) ?? [],
      accountItems,
      contacts.get(account.id) ?? [],
      asOf,
      { viewerId },
    )
    const openCommitments = { us: 0, them: 0, vendor: 0 }
    for (const item of accountItems) {
      if (item.status === 'open' && !item.deleted_at) openCommitments[item.owner_side] += 1
    }
    const entry: PortfolioAccount = {
      id: account.id,
      name: account.name,
      kind: account.kind,
      tier: account.tier,
      trust,
      overdueCount,
      daysSinceContact,
      openCommitments,
    }
    return { entry, cadenceDays: account.cadence_days }
  })
  entries.sort((a, b) =>
    byNeedOfAttention(
      { ...a.entry, band: a.entry.trust.band, cadenceDays: a.cadenceDays },
      { ...b.entry, band: b.entry.trust.band, cadenceDays: b.cadenceDays },
    ),
  )
  return entries.map(({ entry }) => entry)
}
