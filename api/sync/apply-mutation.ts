import type { Mutation, MutationResult } from '../contract/sync-protocol.ts'
import { tableName, type TableName } from '../contract/tables.ts'
import type { Queryable } from '../db/database.ts'
import { applyAppend } from './apply-append.ts'
import { applyDelete } from './apply-delete.ts'
import { applyUpsert } from './apply-upsert.ts'
import { forbidden, roleRefusal } from './forbidden.ts'
import type { MutationAttempt } from './mutation-attempt.ts'
import { pgErrorInfo, Rejection, rejectionForDatabaseError } from './rejection.ts'
import { inSavepoint } from './savepoint.ts'
import { tablePolicies } from '../contract/table-policy.ts'
import { prepareFields } from './table-rules.ts'

/**
 * Runs one mutation's database work in a savepoint, so that a failed statement undoes only
 * that mutation. A database error caused by the mutation becomes a `Rejection`; any other
 * error fails the whole push, which the device retries.
 */
async function guarded(
  tx: Queryable,
  attempt: MutationAttempt,
  table: TableName,
  work: (tx: Queryable) => Promise<number>,
): Promise<number> {
  try {
    return await inSavepoint(tx, work)
  } catch (error) {
    if (error instanceof Rejection) throw error
    const info = pgErrorInfo(error)
    if (!info) throw error
    // Triggers run before row-level security's checks, so a viewer's or an outsider's write can
    // fail on a rule first; their role is the reason that matters.
    const byRole = attempt.orgId
      ? await roleRefusal(tx, table, attempt.orgId, attempt.operation)
      : null
    if (byRole) throw byRole
    if (info.code === '42501') {
      throw await forbidden(tx, table, attempt.orgId, attempt.operation, info.column)
    }
    throw rejectionForDatabaseError(error, tablePolicies[table].noun) ?? error
  }
}

export type ApplyContext = Omit<MutationAttempt, 'orgId' | 'operation'>

/**
 * Applies one device mutation as the signed-in user and reports it as SYNC.md's result:
 * `applied` with the row's version, or `rejected` with a code and a message for a person.
 */
export async function applyMutation(
  tx: Queryable,
  context: ApplyContext,
  mutation: Mutation,
): Promise<MutationResult> {
  const attempt: MutationAttempt = {
    ...context,
    orgId: null,
    operation: mutation.op === 'delete' ? 'delete' : 'update',
  }
  try {
    const parsed = tableName.safeParse(mutation.table)
    if (!parsed.success) {
      throw new Rejection('unknown_table', `There is no "${mutation.table}" to change`)
    }
    const table = parsed.data
    let version: number
    if (tablePolicies[table].history) {
      const prepared = mutation.op === 'delete' ? null : prepareFields(table, mutation.fields ?? {})
      version = await guarded(tx, attempt, table, (inner) =>
        applyAppend(inner, attempt, table, mutation, prepared),
      )
    } else if (mutation.op === 'delete') {
      version = await guarded(tx, attempt, table, (inner) =>
        applyDelete(inner, attempt, table, mutation.id),
      )
    } else {
      const prepared = prepareFields(table, mutation.fields ?? {})
      version = await guarded(tx, attempt, table, (inner) =>
        applyUpsert(inner, attempt, table, mutation, prepared),
      )
    }
    return { seq: mutation.seq, status: 'applied', version }
  } catch (error) {
    if (!(error instanceof Rejection)) throw error
    return { seq: mutation.seq, status: 'rejected', code: error.code, message: error.message }
  }
}
