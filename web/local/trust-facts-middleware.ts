import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie'
import type { AnyRow } from './local-db.ts'
import {
  applyChanges,
  factListOf,
  touchedAccounts,
  trustFactsStore,
  type FactList,
  type RowChange,
  type TrustFacts,
} from './trust-facts.ts'

/** The rows a mutation is about to change, read in its own transaction before it runs. */
async function rowsBefore(table: DBCoreTable, request: DBCoreMutateRequest) {
  const { trans } = request
  if (request.type === 'deleteRange') {
    const query = { index: table.schema.primaryKey, range: request.range }
    const result = await table.query({ trans, values: true, query })
    const rows = result.result as AnyRow[]
    return { ids: rows.map((row) => row.id), before: rows }
  }
  const ids: string[] =
    request.type === 'delete'
      ? request.keys
      : (request.keys ?? request.values.map((value: AnyRow) => value.id))
  const before = (await table.getMany({ trans, keys: ids })) as (AnyRow | undefined)[]
  return { ids, before }
}

function changesOf(
  request: DBCoreMutateRequest,
  response: DBCoreMutateResponse,
  ids: string[],
  before: (AnyRow | undefined)[],
): RowChange[] {
  const written = request.type === 'add' || request.type === 'put'
  return ids.map((id, i) => {
    // A failed operation left its row as it was.
    const failed = response.failures[i] !== undefined
    const after = failed ? before[i] : written ? (request.values[i] as AnyRow) : undefined
    return { id, before: before[i], after }
  })
}

async function keepFacts(
  facts: DBCoreTable,
  trans: DBCoreTransaction,
  list: FactList,
  changes: RowChange[],
) {
  const accounts = touchedAccounts(changes)
  if (!accounts.length) return
  const found = (await facts.getMany({ trans, keys: accounts })) as (TrustFacts | undefined)[]
  const current = new Map(found.flatMap((row) => (row ? [[row.account_id, row] as const] : [])))
  const values = applyChanges(list, current, changes)
  await facts.mutate({ type: 'put', trans, values })
}

// The last facts update of each transaction: writes issued together (a check-in and its
// commitments) would otherwise read an account's facts before the other wrote them, and one
// update would overwrite the other.
const lastUpkeep = new WeakMap<object, Promise<unknown>>()

function oneAfterAnother(trans: DBCoreTransaction, work: () => Promise<void>): Promise<void> {
  const next = (lastUpkeep.get(trans) ?? Promise.resolve()).then(work)
  lastUpkeep.set(
    trans,
    next.catch(() => undefined),
  )
  return next
}

// IndexedDB transactions whose writes leave the facts alone: a full download rebuilds them once
// when it ends (see trust-facts-rebuild.ts) instead of rewriting every account's facts per page.
const deferred = new WeakSet<object>()

/**
 * Lets the writes of one IndexedDB transaction (Dexie's `tx.idbtrans`) skip the facts' upkeep.
 * The caller owns rebuilding them before anyone relies on them again.
 *
 * @example
 * await db.transaction('rw', db.writeScope(), async (tx) => { deferFactUpkeep(tx.idbtrans); … })
 */
export function deferFactUpkeep(trans: object): void {
  deferred.add(trans)
}

/**
 * Runs `work`, whose writes change nothing the trust facts hold (a version stamp), without the
 * facts' upkeep: it would read every row again only to find the facts the same.
 *
 * @example
 * await withoutFactUpkeep(tx.idbtrans, () => rows.bulkPut(stamped))
 */
export async function withoutFactUpkeep<T>(trans: object, work: () => Promise<T>): Promise<T> {
  if (deferred.has(trans)) return work()
  deferred.add(trans)
  try {
    return await work()
  } finally {
    deferred.delete(trans)
  }
}

/**
 * Keeps `trust_facts` in step with check-ins, commitments and contacts: every write to those
 * tables, whoever makes it (a local save, a pull, a push's answer, an undo), also rewrites the
 * touched accounts' facts in the same transaction, so the two can never disagree on disk —
 * except inside a full download, which marks its transactions deferred and rebuilds at its end.
 */
export const trustFactsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'TrustFacts',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const writesSource =
          mode === 'readwrite' && stores.some((name) => factListOf(name) !== undefined)
        const scope =
          writesSource && !stores.includes(trustFactsStore) ? [...stores, trustFactsStore] : stores
        return down.transaction(scope, mode, options)
      },
      table(name) {
        const table = down.table(name)
        const list = factListOf(name)
        if (!list) return table
        return {
          ...table,
          async mutate(request) {
            if (deferred.has(request.trans)) return table.mutate(request)
            const { ids, before } = await rowsBefore(table, request)
            const response = await table.mutate(request)
            // Looked up here, not above: while an older database upgrades, the table is not there yet.
            const facts = down.table(trustFactsStore)
            const changes = changesOf(request, response, ids, before)
            await oneAfterAnother(request.trans, () =>
              keepFacts(facts, request.trans, list, changes),
            )
            return response
          },
        }
      },
    }
  },
}
