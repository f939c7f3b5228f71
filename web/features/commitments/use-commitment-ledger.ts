import { useLiveQuery } from 'dexie-react-hooks'
import type { LocalDb, LocalRow } from '../../local/local-db.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { memberName } from '../../local/member-names.ts'

/** An open commitment with what its line shows beside the title. */
export interface LedgerEntry {
  item: LocalRow<'action_items'>
  account: { id: string; name: string; short_name: string | null }
  /** The check-in it was made at, when it is on this device. */
  checkin: { id: string; occurred_at: string } | null
  /** Who it is assigned to, when that is somebody else. */
  assignee: string | null
}

export interface Ledger {
  entries: LedgerEntry[]
  myAccountIds: Set<string>
}

/**
 * Reads every open commitment on the device with its relationship, source check-in and assignee,
 * plus the accounts assigned to the person. Items of relationships not on the device are left out.
 */
export async function readLedger(db: LocalDb, userId: string): Promise<Ledger> {
  const [items, accounts, assignments, members] = await Promise.all([
    db.action_items.where('status').equals('open').toArray(),
    db.accounts.toArray(),
    db.assignments.where('user_id').equals(userId).toArray(),
    db.members.toArray(),
  ])
  const live = items.filter((item) => !item.deleted_at)
  const checkinIds = [
    ...new Set(live.flatMap((item) => (item.checkin_id ? [item.checkin_id] : []))),
  ]
  const checkins = await db.checkins.bulkGet(checkinIds)
  const checkinById = new Map(
    checkins.flatMap((row) => (row && !row.deleted_at ? [[row.id, row] as const] : [])),
  )
  const accountById = new Map(accounts.filter((a) => !a.deleted_at).map((a) => [a.id, a]))
  const names = new Map(members.map((m) => [m.user_id, memberName(m)]))
  const entries = live.flatMap((item): LedgerEntry[] => {
    const account = accountById.get(item.account_id)
    if (!account) return []
    const checkin = item.checkin_id ? checkinById.get(item.checkin_id) : undefined
    const assignee =
      item.assignee_user_id && item.assignee_user_id !== userId
        ? (names.get(item.assignee_user_id) ?? memberName(undefined))
        : null
    return [
      {
        item,
        account: { id: account.id, name: account.name, short_name: account.short_name },
        checkin: checkin ? { id: checkin.id, occurred_at: checkin.occurred_at } : null,
        assignee,
      },
    ]
  })
  const myAccountIds = new Set(assignments.filter((a) => !a.deleted_at).map((a) => a.account_id))
  return { entries, myAccountIds }
}

/**
 * The device's open commitments, live; undefined while the first read runs.
 */
export function useCommitmentLedger(userId: string): Ledger | undefined {
  const db = useLocalDb()
  return useLiveQuery(() => readLedger(db, userId), [db, userId])
}
