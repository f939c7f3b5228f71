import { useEffect, useMemo } from 'react'
import { orderByNeedOfAttention } from '../../../api/contract/portfolio-order.ts'
import type { TrustIndex } from '../../../api/contract/trust-index.ts'
import { useAccountsTrust, type AccountTrust } from '../trust/use-accounts-trust.ts'
import type { PortfolioEntry } from './portfolio-entry.ts'
import { readPortfolioSnapshot, writePortfolioSnapshot } from './portfolio-snapshot.ts'

/** A portfolio row: the order's fields plus what the row shows. */
export interface PortfolioRow extends PortfolioEntry {
  trust: Pick<TrustIndex, 'score' | 'band' | 'trend'>
  /** Its primary manager's user id (absent from a snapshot of an older version). */
  ownerId?: string | null
}

/** The portfolio and whether it is computed from the device database yet. */
export interface Portfolio {
  /** Undefined only on a first start, before the device database has been read. */
  rows: PortfolioRow[] | undefined
  /** False while `rows` is the snapshot from the last visit. */
  live: boolean
}

/**
 * The portfolio's rows for accounts with their trust, most in need of attention first.
 *
 * @example
 * portfolioRows(accountsTrust(inputs, asOf, userId))[0].band // 'at_risk' when any is
 */
export function portfolioRows(accounts: readonly AccountTrust[]): PortfolioRow[] {
  const unordered = accounts.map(
    ({ account, trust, cadenceDays, mine, ownerId }): PortfolioRow => ({
      id: account.id,
      ownerId,
      name: account.name,
      kind: account.kind,
      mine,
      band: trust.band,
      overdueCount: trust.overdueCount,
      daysSinceContact: trust.daysSinceContact,
      cadenceDays,
      trust,
    }),
  )
  return orderByNeedOfAttention(unordered)
}

/**
 * Every active relationship on the device with its trust, most in need of attention first.
 * Until the device database has been read, the snapshot of the last visit stands in.
 */
export function usePortfolio(userId: string): Portfolio {
  const accounts = useAccountsTrust(userId)
  const rows = useMemo(() => accounts && portfolioRows(accounts), [accounts])
  useEffect(() => {
    if (rows) writePortfolioSnapshot(userId, rows)
  }, [rows, userId])
  const snapshot = useMemo(() => readPortfolioSnapshot(userId), [userId])
  if (rows) return { rows, live: true }
  return { rows: snapshot?.length ? snapshot : undefined, live: false }
}
