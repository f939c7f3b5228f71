import { rejectionsKeptPerUser } from '../contract/sync-retention.ts'
import type { Mutation, MutationResult, RejectionCode } from '../contract/sync-protocol.ts'
import { asServer } from '../db/as-server.ts'
import type { Queryable } from '../db/database.ts'
import { rejectionExcerpt } from './rejection-excerpt.ts'
import { storable } from './storable-text.ts'

const messageLimit = 2000

/**
 * Stores the rejections of one push (an excerpt of each mutation, its code and message) as the
 * server, then trims the user's rejections to the newest `rejectionsKeptPerUser`: a writer
 * pushing junk on purpose keeps a bounded amount, however long they go on.
 */
export async function recordRejections(
  tx: Queryable,
  userId: string,
  clientId: string,
  rejected: { mutation: Mutation; result: MutationResult }[],
) {
  if (rejected.length === 0) return
  const rows = rejected.map(({ mutation, result }) => ({
    seq: mutation.seq,
    table_name: storable(mutation.table),
    row_id: mutation.id,
    code: result.code,
    message: result.message === undefined ? null : storable(result.message.slice(0, messageLimit)),
    mutation: rejectionExcerpt(mutation),
  }))
  await asServer(tx, async (owner) => {
    await owner.query(
      `insert into public.sync_rejections
         (client_id, user_id, seq, table_name, row_id, code, message, mutation)
       select $1::uuid, $2::uuid, r.seq, r.table_name, r.row_id, r.code, r.message, r.mutation
         from jsonb_to_recordset($3::text::jsonb)
           as r (seq bigint, table_name text, row_id uuid, code text, message text, mutation jsonb)`,
      [clientId, userId, JSON.stringify(rows)],
    )
    await owner.query(
      `delete from public.sync_rejections r
        where r.user_id = $1
          and r.id <= (select k.id from public.sync_rejections k where k.user_id = $1
                        order by k.id desc offset $2 limit 1)`,
      [userId, rejectionsKeptPerUser],
    )
  })
}

/**
 * A repeated seq that was rejected the first time answers with that rejection again: the
 * device may have lost the first answer, and must still learn its change was refused. Read as
 * the server; the caller has already found the device to be this user's.
 */
export async function earlierRejections(
  tx: Queryable,
  userId: string,
  clientId: string,
  mutations: Mutation[],
  lastSeq: number,
) {
  const repeated = mutations.filter((m) => m.seq <= lastSeq).map((m) => m.seq)
  const found = new Map<number, MutationResult>()
  if (repeated.length === 0) return found
  const rows = await asServer(tx, (owner) =>
    owner.query<{ seq: number; code: RejectionCode; message: string | null }>(
      `select seq, code, message from public.sync_rejections
        where client_id = $1 and user_id = $2 and seq = any($3::bigint[])`,
      [clientId, userId, repeated],
    ),
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
