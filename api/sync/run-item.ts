import type { Mutation, MutationResult } from '../contract/sync-protocol.ts'
import type { TableName } from '../contract/tables.ts'
import type { PreparedFields } from './table-rules.ts'

/** A change of a run that apply-batch.ts applies a table at a time, its fields validated. */
export interface RunItem {
  /** `create`: a row the user can't see yet; `update`: a row they can, changed once here. */
  kind: 'create' | 'update'
  mutation: Mutation
  table: TableName
  prepared: PreparedFields
}

/** Items grouped by `key`, each group in arrival order. */
export function groupBy<T>(items: T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return [...groups.values()]
}

/** The columns a change sets, as a key: one statement serves the changes that share it. */
export const columnsKey = (fields: Record<string, unknown>) => Object.keys(fields).sort().join(',')

/**
 * The results of items a set statement wrote (`versions` by id) and, to be applied one by
 * one, the items it did not: all of them when the statement failed (`versions` null).
 */
export function settle(items: RunItem[], versions: Map<string, number> | null) {
  const results: MutationResult[] = []
  const oneByOne: RunItem[] = []
  for (const item of items) {
    const version = versions?.get(item.mutation.id)
    if (version === undefined) oneByOne.push(item)
    else results.push({ seq: item.mutation.seq, status: 'applied', version })
  }
  return { results, oneByOne }
}
