import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { isInTrustMath } from '../../../api/contract/account-status.ts'
import type { TrustIndex } from '../../../api/contract/trust-index.ts'
import { useNow } from '../../app/use-now.ts'
import type { LocalDb, LocalRow } from '../../local/local-db.ts'
import { readTierCadence } from '../../local/tier-cadence.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { accountTrust, effectiveCadence } from './trust-inputs.ts'

// Scores drift slowly with time alone; data changes recompute at once regardless.
const recomputeEveryMs = 5 * 60_000

/** An active account with its trust index as the signed-in person sees it. */
export interface AccountTrust {
  account: LocalRow<'accounts'>
  trust: TrustIndex
  cadenceDays: number
  /** Assigned to the signed-in person (primary or secondary). */
  mine: boolean
  /** The manager holding it as primary, by user id; null when nobody does. */
  ownerId: string | null
}

/**
 * Everything the trust of every account needs, read in one go: the accounts and one row of
 * trust facts per account (kept beside the check-ins, commitments and contacts on every write),
 * so the portfolio never reads every check-in with its notes.
 */
export async function readTrustInputs(db: LocalDb, userId: string) {
  const [accounts, assignments, facts, tierCadence] = await Promise.all([
    db.accounts.toArray(),
    db.assignments.toArray(),
    db.trust_facts.toArray(),
    readTierCadence(db),
  ])
  const live = assignments.filter((a) => !a.deleted_at)
  const mine = new Set(live.filter((a) => a.user_id === userId).map((a) => a.account_id))
  const owners = new Map(
    live.filter((a) => a.role === 'primary').map((a) => [a.account_id, a.user_id]),
  )
  const active = accounts.filter(isInTrustMath)
  const factsByAccount = new Map(facts.map((row) => [row.account_id, row]))
  // When the rows were read: a check-in saved a moment ago is at or before this instant.
  const readAt = new Date()
  return { accounts: active, mine, owners, factsByAccount, tierCadence, readAt }
}
type TrustInputs = Awaited<ReturnType<typeof readTrustInputs>>

/**
 * The trust index at `asOf` of every account read by `readTrustInputs`, as `userId` sees it.
 */
export function accountsTrust(inputs: TrustInputs, asOf: Date, userId: string): AccountTrust[] {
  const options = { viewerId: userId, tierCadence: inputs.tierCadence }
  return inputs.accounts.map((account) => ({
    account,
    trust: accountTrust(account, inputs.factsByAccount.get(account.id), asOf, options),
    cadenceDays: effectiveCadence(account, inputs.tierCadence),
    mine: inputs.mine.has(account.id),
    ownerId: inputs.owners.get(account.id) ?? null,
  }))
}

/**
 * The trust index of every account in the trust math on the device (active, not archived), live: re-read when a table changes,
 * recomputed every five minutes as time passes. Undefined while the first read runs.
 */
export function useAccountsTrust(userId: string): AccountTrust[] | undefined {
  const db = useLocalDb()
  const tick = useNow(recomputeEveryMs)
  const inputs = useLiveQuery(() => readTrustInputs(db, userId), [db, userId])
  return useMemo(() => {
    if (!inputs) return undefined
    const asOf = new Date(Math.max(tick.getTime(), inputs.readAt.getTime()))
    return accountsTrust(inputs, asOf, userId)
  }, [inputs, tick, userId])
}
