import type { TrustActionItem, TrustCheckin, TrustContact } from '../../api/contract/trust-index.ts'
import type { AnyRow } from './local-db.ts'

/**
 * What the trust index reads of one account, without the notes and titles around it: one small
 * row per account, so the portfolio reads 500 of them instead of every check-in on the device.
 * Rows with `deleted_at` are left out (the index never counts them).
 */
export interface TrustFacts {
  account_id: string
  checkins: (TrustCheckin & { id: string })[]
  items: (TrustActionItem & { id: string })[]
  contacts: TrustContact[]
}

export const trustFactsStore = 'trust_facts'

export type FactList = 'checkins' | 'items' | 'contacts'
type Fact = TrustFacts[FactList][number]

/** The synced tables the facts come from. */
const factTables = ['checkins', 'action_items', 'contacts'] as const
export type FactTable = (typeof factTables)[number]
const factLists: Record<FactTable, FactList> = {
  checkins: 'checkins',
  action_items: 'items',
  contacts: 'contacts',
}

/**
 * Which list of an account's facts a table fills; undefined for tables the facts ignore.
 *
 * @example
 * factListOf('action_items') // 'items'
 */
export function factListOf(table: string): FactList | undefined {
  return (factTables as readonly string[]).includes(table)
    ? factLists[table as FactTable]
    : undefined
}

// Each projection names every field it keeps, so a new column never slips into the facts.
const projections: Record<FactList, (row: AnyRow) => Fact> = {
  checkins: (row) => {
    const c = row as unknown as TrustCheckin & { id: string }
    return {
      id: c.id,
      account_id: c.account_id,
      author_id: c.author_id,
      occurred_at: c.occurred_at,
      trust_pulse: c.trust_pulse,
      attendee_contact_ids: c.attendee_contact_ids,
      strategic_invite: c.strategic_invite,
      visibility: c.visibility,
      deleted_at: null,
    }
  },
  items: (row) => {
    const i = row as unknown as TrustActionItem & { id: string }
    const { id, account_id, owner_side, status, due_on, completed_at } = i
    return { id, account_id, owner_side, status, due_on, completed_at, deleted_at: null }
  },
  contacts: (row) => ({ id: row.id, account_id: String(row.account_id), deleted_at: null }),
}

/** One row's change as the facts see it: what it was, what it is now (undefined: no row). */
export interface RowChange {
  id: string
  before: AnyRow | undefined
  after: AnyRow | undefined
}

const emptyFacts = (accountId: string): TrustFacts => ({
  account_id: accountId,
  checkins: [],
  items: [],
  contacts: [],
})

const accountOf = (row: AnyRow | undefined) =>
  row && typeof row.account_id === 'string' ? row.account_id : null

/**
 * The accounts whose facts a batch of changes touches: where the rows were and where they are.
 *
 * @example
 * touchedAccounts([{ id: 'k1', before: undefined, after: checkin }]) // [checkin.account_id]
 */
export function touchedAccounts(changes: readonly RowChange[]): string[] {
  const accounts = new Set<string>()
  for (const { before, after } of changes) {
    for (const id of [accountOf(before), accountOf(after)]) if (id) accounts.add(id)
  }
  return [...accounts]
}

/**
 * The touched accounts' facts after a batch of changes to one source table: each changed row is
 * taken out of the account it was in and, unless gone or deleted, put in the one it is in now.
 */
export function applyChanges(
  list: FactList,
  current: ReadonlyMap<string, TrustFacts>,
  changes: readonly RowChange[],
): TrustFacts[] {
  const changed = new Set(changes.map((change) => change.id))
  const next = new Map<string, TrustFacts>()
  for (const accountId of touchedAccounts(changes)) {
    const facts = current.get(accountId) ?? emptyFacts(accountId)
    const kept = (facts[list] as Fact[]).filter((fact) => !changed.has(fact.id))
    next.set(accountId, { ...facts, [list]: kept })
  }
  for (const { after } of changes) {
    const accountId = accountOf(after)
    if (!after || !accountId || after.deleted_at) continue
    const facts = next.get(accountId)
    if (facts) (facts[list] as Fact[]).push(projections[list](after))
  }
  return [...next.values()]
}

/**
 * The facts' source tables, whole, through a reader (a Dexie table or an upgrade's).
 *
 * @example
 * const tables = await readFactTables((name) => db.table(name).toArray())
 */
export async function readFactTables(
  read: (table: FactTable) => Promise<AnyRow[]>,
): Promise<Record<FactTable, AnyRow[]>> {
  const [checkins = [], action_items = [], contacts = []] = await Promise.all(factTables.map(read))
  return { checkins, action_items, contacts }
}

/**
 * Adds rows of one source table to facts being built from scratch (rows no facts hold yet): a
 * whole table can go through in chunks, so it never has to be in memory at once.
 */
export function addToFacts(
  facts: Map<string, TrustFacts>,
  table: FactTable,
  rows: readonly AnyRow[],
): void {
  const list = factLists[table]
  for (const row of rows) {
    const accountId = accountOf(row)
    if (!accountId || row.deleted_at) continue
    let account = facts.get(accountId)
    if (!account) {
      account = emptyFacts(accountId)
      facts.set(accountId, account)
    }
    ;(account[list] as Fact[]).push(projections[list](row))
  }
}

/** The synced tables the facts are built from, in the order they are read. */
export const factSourceTables: readonly FactTable[] = factTables

/**
 * Every account's facts from whole tables: how a database that predates the facts gets them.
 */
export function buildTrustFacts(tables: Record<FactTable, readonly AnyRow[]>): TrustFacts[] {
  const current = new Map<string, TrustFacts>()
  for (const table of factTables) addToFacts(current, table, tables[table])
  return [...current.values()]
}
