import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { trustHistory, type TrustPoint } from '../../../api/contract/trust-history.ts'
import type { TrustIndex } from '../../../api/contract/trust-index.ts'
import { useNow } from '../../app/use-now.ts'
import type { LocalDb, LocalRow } from '../../local/local-db.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { accountTrust, effectiveCadence, type AccountRows } from './trust-inputs.ts'
import { useTierCadence } from './use-tier-cadence.ts'

/** One account's rows and when they were read. */
export type LiveRows = AccountRows & { readAt: Date }

/**
 * One account's check-ins, commitments and contacts, through the account_id indexes.
 */
export async function readAccountRows(db: LocalDb, accountId: string): Promise<LiveRows> {
  const [checkins, items, contacts] = await Promise.all([
    db.checkins.where('account_id').equals(accountId).toArray(),
    db.action_items.where('account_id').equals(accountId).toArray(),
    db.contacts.where('account_id').equals(accountId).toArray(),
  ])
  // When the rows were read: a check-in saved a moment ago is at or before this instant.
  return { checkins, items, contacts, readAt: new Date() }
}

/**
 * One account's rows, live; undefined while the first read runs.
 */
export function useAccountRows(accountId: string): LiveRows | undefined {
  const db = useLocalDb()
  return useLiveQuery(() => readAccountRows(db, accountId), [db, accountId])
}

/**
 * One account's trust index as the signed-in person sees it, recomputed when its rows change
 * and once a minute.
 */
export function useAccountTrust(
  account: LocalRow<'accounts'>,
  rows: LiveRows | undefined,
  userId: string,
): TrustIndex | undefined {
  const tick = useNow(60_000)
  const tierCadence = useTierCadence()
  return useMemo(() => {
    if (!rows) return undefined
    const asOf = new Date(Math.max(tick.getTime(), rows.readAt.getTime()))
    return accountTrust(account, rows, asOf, { viewerId: userId, tierCadence })
  }, [account, rows, tick, userId, tierCadence])
}

/**
 * One account's trust index week by week over the last 26 weeks, as the signed-in person sees
 * it, recomputed when its rows change (the day is enough: weeks do not move by the minute).
 */
export function useTrustHistory(
  account: LocalRow<'accounts'>,
  rows: LiveRows | undefined,
  userId: string,
): TrustPoint[] | undefined {
  const tierCadence = useTierCadence()
  return useMemo(() => {
    if (!rows) return undefined
    const input = { id: account.id, cadence_days: effectiveCadence(account, tierCadence) }
    const { checkins, items, contacts } = rows
    return trustHistory(input, checkins, items, contacts, rows.readAt, { viewerId: userId })
  }, [account, rows, userId, tierCadence])
}
