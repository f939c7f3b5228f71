import { useLiveQuery } from 'dexie-react-hooks'
import { isInTrustMath } from '../../../api/contract/account-status.ts'
import { daysPastCadence as pastCadence } from '../../../api/contract/portfolio-order.ts'
import { wholeDaysSince } from '../../../api/contract/trust-index.ts'
import type { LocalDb, LocalRow } from '../../local/local-db.ts'
import { readTierCadence } from '../../local/tier-cadence.ts'
import type { TrustFacts } from '../../local/trust-facts.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { effectiveCadence } from '../trust/trust-inputs.ts'

/** An account with what lists of accounts show beside its name. */
export interface AccountSummary {
  account: LocalRow<'accounts'>
  /** Assigned to the signed-in person (primary or secondary). */
  mine: boolean
  /** The latest check-in this device knows of, as ISO-8601; null when none. */
  lastCheckinAt: string | null
  /** Its cadence target in days (its own, or the org's default for its tier). */
  cadenceDays: number
}

function latestCheckinAt(facts: TrustFacts | undefined): string | null {
  let latest: string | null = null
  for (const { occurred_at } of facts?.checkins ?? []) {
    if (latest === null || occurred_at > latest) latest = occurred_at
  }
  return latest
}

/**
 * Reads every account in the trust math on the device (active, not archived) with whether it is the person's and when it was last
 * checked in; re-runs whenever those tables change.
 */
export async function readAccountSummaries(db: LocalDb, userId: string): Promise<AccountSummary[]> {
  const [accounts, assignments, facts, tierCadence] = await Promise.all([
    db.accounts.toArray(),
    db.assignments.where('user_id').equals(userId).toArray(),
    db.trust_facts.toArray(),
    readTierCadence(db),
  ])
  const mine = new Set(assignments.filter((a) => !a.deleted_at).map((a) => a.account_id))
  const factsByAccount = new Map(facts.map((row) => [row.account_id, row]))
  return accounts.filter(isInTrustMath).map((account) => ({
    account,
    mine: mine.has(account.id),
    lastCheckinAt: latestCheckinAt(factsByAccount.get(account.id)),
    cadenceDays: effectiveCadence(account, tierCadence),
  }))
}

/**
 * The device's accounts with their last check-in, live; undefined while the first read runs.
 */
export function useAccountSummaries(userId: string): AccountSummary[] | undefined {
  const db = useLocalDb()
  return useLiveQuery(() => readAccountSummaries(db, userId), [db, userId])
}

const byName = (a: AccountSummary, b: AccountSummary) =>
  a.account.name.localeCompare(b.account.name)

/**
 * Mine first, then everyone else's, each by name.
 */
export function mineFirst(summaries: AccountSummary[]): AccountSummary[] {
  return [...summaries].sort((a, b) => Number(b.mine) - Number(a.mine) || byName(a, b))
}

/**
 * The most recently checked-in accounts first (newest check-in first), then the rest by name.
 */
export function recentFirst(summaries: AccountSummary[]): AccountSummary[] {
  return [...summaries].sort((a, b) => {
    if (a.lastCheckinAt && b.lastCheckinAt) {
      return b.lastCheckinAt.localeCompare(a.lastCheckinAt) || byName(a, b)
    }
    if (a.lastCheckinAt || b.lastCheckinAt) return a.lastCheckinAt ? -1 : 1
    return byName(a, b)
  })
}

/**
 * Days past its cadence target a relationship is (negative: still within it), as of `now`;
 * one never checked in is the most due of all.
 *
 * @example
 * daysPastCadence(summary, new Date()) // 12: its 30-day cadence ran out 12 days ago
 */
export function daysPastCadence(summary: AccountSummary, now: Date): number {
  const { lastCheckinAt, cadenceDays } = summary
  const daysSinceContact = lastCheckinAt ? wholeDaysSince(lastCheckinAt, now) : null
  return pastCadence({ daysSinceContact, cadenceDays })
}

/**
 * The person's own relationships, the most due a visit first (furthest past its cadence), then
 * by name.
 */
export function mineMostDueFirst(summaries: AccountSummary[], now: Date): AccountSummary[] {
  return summaries
    .filter((s) => s.mine)
    .map((s) => ({ s, due: daysPastCadence(s, now) }))
    .sort((a, b) => b.due - a.due || byName(a.s, b.s))
    .map(({ s }) => s)
}
