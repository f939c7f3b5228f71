import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { useNow } from '../../app/use-now.ts'
import type { LocalDb, LocalRow } from '../../local/local-db.ts'
import { readMemberNames } from '../../local/member-names.ts'
import { readTierCadence } from '../../local/tier-cadence.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import type { LiveRows } from '../trust/use-account-rows.ts'
import { sinceLastVisit, type SinceLastVisit } from './since-last-visit.ts'

/** The value items, their updates, risks and decisions of one relationship. */
async function readBriefingExtras(db: LocalDb, accountId: string, checkinIds: string[]) {
  const [valueItems, risks, byAccount, byCheckin, names, tierCadence] = await Promise.all([
    db.value_items.where('account_id').equals(accountId).toArray(),
    db.risks.where('account_id').equals(accountId).toArray(),
    db.decisions.where('account_id').equals(accountId).toArray(),
    db.decisions.where('checkin_id').anyOf(checkinIds).toArray(),
    readMemberNames(db),
    readTierCadence(db),
  ])
  const valueUpdates = await db.value_updates
    .where('value_item_id')
    .anyOf(valueItems.map((item) => item.id))
    .toArray()
  const decisions = new Map<string, LocalRow<'decisions'>>()
  for (const decision of [...byAccount, ...byCheckin]) decisions.set(decision.id, decision)
  const decided = [...decisions.values()]
  return { valueItems, valueUpdates, risks, decisions: decided, names, tierCadence }
}

export interface BriefingChanges {
  since: SinceLastVisit
  names: Map<string, string>
  /** All the relationship's risks, for the printed page's top risks. */
  risks: LocalRow<'risks'>[]
  /** The instant it was worked out for. */
  now: Date
}

/**
 * What changed in one relationship since the signed-in person's last check-in, live from the
 * device; undefined while the first read runs.
 */
export function useSinceLastVisit(
  account: LocalRow<'accounts'>,
  rows: LiveRows,
  viewerId: string,
): BriefingChanges | undefined {
  const db = useLocalDb()
  const checkinIds = rows.checkins.map((row) => row.id).join(',')
  const extras = useLiveQuery(
    () => readBriefingExtras(db, account.id, checkinIds ? checkinIds.split(',') : []),
    [db, account.id, checkinIds],
  )
  const tick = useNow(60_000)
  return useMemo(() => {
    if (!extras) return undefined
    const now = new Date(Math.max(tick.getTime(), rows.readAt.getTime()))
    const since = sinceLastVisit({ account, rows, ...extras, viewerId, now })
    return { since, names: extras.names, risks: extras.risks, now }
  }, [account, rows, extras, viewerId, tick])
}
