import type {
  Mutation,
  MutationResult,
  PushRequest,
  PushResponse,
  RejectionCode,
} from '../contract/sync-protocol.ts'
import { asUser, type JwtClaims } from '../db/as-user.ts'
import type { Database, Queryable } from '../db/database.ts'
import { applyMutation } from './apply-mutation.ts'
import { pgErrorInfo } from './rejection.ts'
import { storable } from './storable-text.ts'

export type PushOutcome =
  | { kind: 'done'; response: PushResponse }
  | { kind: 'foreign_client' }
  | { kind: 'seq_gap'; expectedSeq: number }

/**
 * Splits a batch into already-applied seqs and the run to apply, or finds a gap.
 *
 * @example
 * planSeqs(4, [{ seq: 4, … }, { seq: 5, … }]) // { fresh: [{ seq: 5, … }] }
 * planSeqs(4, [{ seq: 6, … }]) // { expectedSeq: 5 }
 */
export function planSeqs(
  lastSeq: number,
  mutations: Mutation[],
): { fresh: Mutation[] } | { expectedSeq: number } {
  let expected = lastSeq + 1
  const fresh: Mutation[] = []
  for (const mutation of mutations) {
    if (mutation.seq <= lastSeq) continue
    if (mutation.seq !== expected) return { expectedSeq: lastSeq + 1 }
    fresh.push(mutation)
    expected += 1
  }
  return { fresh }
}

const messageLimit = 2000

async function recordRejections(
  tx: Queryable,
  clientId: string,
  rejected: { mutation: Mutation; result: MutationResult }[],
) {
  if (rejected.length === 0) return
  const rows = rejected.map(({ mutation, result }) => ({
    seq: mutation.seq,
    table_name: mutation.table,
    row_id: mutation.id,
    code: result.code,
    message: result.message?.slice(0, messageLimit) ?? null,
    mutation,
  }))
  await tx.query(
    `insert into public.sync_rejections (client_id, seq, table_name, row_id, code, message, mutation)
     select $1::uuid, r.seq, r.table_name, r.row_id, r.code, r.message, r.mutation
       from jsonb_to_recordset($2::text::jsonb)
         as r (seq bigint, table_name text, row_id uuid, code text, message text, mutation jsonb)`,
    [clientId, JSON.stringify(storable(rows))],
  )
}

/**
 * A repeated seq that was rejected the first time answers with that rejection again: the
 * device may have lost the first answer, and must still learn its change was refused.
 */
async function earlierRejections(
  tx: Queryable,
  clientId: string,
  mutations: Mutation[],
  lastSeq: number,
) {
  const repeated = mutations.filter((m) => m.seq <= lastSeq).map((m) => m.seq)
  const found = new Map<number, MutationResult>()
  if (repeated.length === 0) return found
  const rows = await tx.query<{ seq: number; code: RejectionCode; message: string | null }>(
    `select seq, code, message from public.sync_rejections
      where client_id = $1 and seq = any($2::bigint[])`,
    [clientId, repeated],
  )
  for (const row of rows) {
    found.set(Number(row.seq), {
      seq: Number(row.seq),
      status: 'rejected',
      code: row.code,
      ...(row.message ? { message: row.message } : {}),
    })
  }
  return found
}

/** Serialization failures and deadlocks: the transaction did nothing and can simply run again. */
const retryable = new Set(['40001', '40P01'])

/**
 * Applies a device's batch in one transaction as the user (SYNC.md, Push): the device's row in
 * `sync_clients` is created on first use and locked, so its pushes run one at a time; seqs at
 * or below `last_seq` are duplicates; the rest must follow on without a gap, or nothing is
 * applied. Each mutation is applied or rejected (and the rejection stored); `last_seq` then
 * moves to the last seq of the batch.
 *
 * @example
 * const outcome = await push(db, claims, { clientId, schemaVersion: 1, mutations })
 */
export async function push(
  db: Database,
  claims: JwtClaims,
  request: PushRequest,
): Promise<PushOutcome> {
  // Two pushes that lock the same rows in opposite orders can deadlock; the loser runs again.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await pushOnce(db, claims, request)
    } catch (error) {
      const code = pgErrorInfo(error)?.code ?? ''
      if (attempt >= 3 || !retryable.has(code)) throw error
    }
  }
}

function pushOnce(db: Database, claims: JwtClaims, request: PushRequest): Promise<PushOutcome> {
  const { clientId, mutations } = request
  return asUser(db, claims, async (tx): Promise<PushOutcome> => {
    // Read by the change-log trigger, so a device's own writes never conflict with each other.
    await tx.query(`select set_config('liaison.client_id', $1, true)`, [clientId])
    await tx.query(
      `insert into public.sync_clients (client_id, user_id) values ($1, auth.uid())
       on conflict (client_id) do nothing`,
      [clientId],
    )
    // Row-level security hides a device bound to another user: no row means 403.
    const [client] = await tx.query<{ last_seq: number }>(
      'select last_seq from public.sync_clients where client_id = $1 for update',
      [clientId],
    )
    if (!client) return { kind: 'foreign_client' }
    const lastSeq = Number(client.last_seq)
    const plan = planSeqs(lastSeq, mutations)
    if ('expectedSeq' in plan) return { kind: 'seq_gap', expectedSeq: plan.expectedSeq }

    const applied = new Map<number, MutationResult>()
    const rejected: { mutation: Mutation; result: MutationResult }[] = []
    for (const mutation of plan.fresh) {
      const result = await applyMutation(tx, { userId: claims.sub, clientId }, mutation)
      applied.set(mutation.seq, result)
      if (result.status === 'rejected') rejected.push({ mutation, result })
    }
    await recordRejections(tx, clientId, rejected)
    const newLastSeq = plan.fresh.at(-1)?.seq ?? lastSeq
    if (newLastSeq > lastSeq) {
      await tx.query('update public.sync_clients set last_seq = $2 where client_id = $1', [
        clientId,
        newLastSeq,
      ])
    }
    const earlier = await earlierRejections(tx, clientId, mutations, lastSeq)
    const results = mutations.map(
      (mutation): MutationResult =>
        (mutation.seq > lastSeq ? applied.get(mutation.seq) : earlier.get(mutation.seq)) ?? {
          seq: mutation.seq,
          status: 'duplicate',
        },
    )
    return { kind: 'done', response: { lastSeq: newLastSeq, results } }
  })
}
