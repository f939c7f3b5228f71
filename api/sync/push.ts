import type {
  Mutation,
  MutationResult,
  PushRequest,
  PushResponse,
} from '../contract/sync-protocol.ts'
import { asUser, type JwtClaims, type UserDatabase } from '../db/as-user.ts'
import { applyBatch } from './apply-batch.ts'
import { pgErrorInfo } from './rejection.ts'
import { earlierRejections, recordRejections } from './rejection-store.ts'

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

/** Serialization failures and deadlocks: the transaction did nothing and can simply run again. */
const retryable = new Set(['40001', '40P01'])

/**
 * Applies a device's batch in one transaction as the user (SYNC.md, Push): the device's row in
 * `sync_clients` is created on first use and locked, so its pushes run one at a time; seqs at
 * or below `last_seq` are duplicates; the rest must follow on without a gap, or nothing is
 * applied. Each mutation is applied or rejected (and the rejection stored; apply-batch.ts says
 * how the work is grouped); `last_seq` then moves to the last seq of the batch.
 */
export async function push(
  db: UserDatabase,
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

function pushOnce(db: UserDatabase, claims: JwtClaims, request: PushRequest): Promise<PushOutcome> {
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

    const applied = await applyBatch(tx, { userId: claims.sub, clientId }, plan.fresh)
    const rejected = plan.fresh.flatMap((mutation) => {
      const result = applied.get(mutation.seq)
      return result?.status === 'rejected' ? [{ mutation, result }] : []
    })
    await recordRejections(tx, claims.sub, clientId, rejected)
    const newLastSeq = plan.fresh.at(-1)?.seq ?? lastSeq
    if (newLastSeq > lastSeq) {
      await tx.query('update public.sync_clients set last_seq = $2 where client_id = $1', [
        clientId,
        newLastSeq,
      ])
    }
    const earlier = await earlierRejections(tx, claims.sub, clientId, mutations, lastSeq)
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
