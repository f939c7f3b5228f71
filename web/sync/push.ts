import {
  maxMutationsPerPush,
  pushResponse,
  seqGapResponse,
  type PushResponse,
  syncSchemaVersion,
  type Mutation,
} from '../../api/contract/sync-protocol.ts'
import { ensureClientId, type LocalDb, type OutboxEntry } from '../local/local-db.ts'
import { readMeta } from '../local/meta.ts'
import { applyPushResults } from './push-ack.ts'
import { syncError } from './sync-error.ts'
import type { SyncHttp } from './sync-http.ts'

/** Stay under the server's 1 MiB body limit with room for the envelope. */
export const maxBatchBytes = 900 * 1024

const encoder = new TextEncoder()

function toMutation(entry: OutboxEntry, seqBase = 0): Mutation {
  const { table, op, id, fields, baseVersion, capturedAt } = entry
  const seq = entry.seq - seqBase
  return op === 'delete'
    ? { seq, table, op, id, baseVersion, capturedAt }
    : { seq, table, op, id, fields: fields ?? {}, baseVersion, capturedAt }
}

/**
 * The longest run of entries (in seq order) within both limits; always at least one entry.
 */
export function takeBatch(entries: OutboxEntry[], maxCount: number, maxBytes: number) {
  const batch: OutboxEntry[] = []
  let bytes = 100
  for (const entry of entries) {
    bytes += encoder.encode(JSON.stringify(toMutation(entry))).length + 1
    if (batch.length > 0 && (batch.length >= maxCount || bytes > maxBytes)) break
    batch.push(entry)
  }
  return batch
}

/** The client id and seq offset the outbox is sent under, read together. */
function pushIdentity(db: LocalDb) {
  return db.transaction('rw', db.meta, async () => ({
    clientId: await ensureClientId(db),
    seqBase: (await readMeta(db, 'seqBase')) ?? 0,
  }))
}

/** The server's answer in this device's local seqs. */
function toLocalSeqs(answer: PushResponse, seqBase: number): PushResponse {
  return {
    lastSeq: answer.lastSeq + seqBase,
    results: answer.results.map((result) => ({ ...result, seq: result.seq + seqBase })),
  }
}

export interface PushOutcome {
  pushed: number
  rejected: number
}

/**
 * Sends the outbox in seq order until it is empty, in batches of ≤ 500 mutations and ≤ ~900 KB;
 * entries are dropped only after a valid 200 answer. A 413 halves the batch; a 409 seq_gap
 * throws and keeps everything.
 */
export async function pushOutbox(
  db: LocalDb,
  http: SyncHttp,
  now: () => Date = () => new Date(),
): Promise<PushOutcome> {
  const { clientId, seqBase } = await pushIdentity(db)
  const outcome: PushOutcome = { pushed: 0, rejected: 0 }
  let maxCount = maxMutationsPerPush
  for (;;) {
    const entries = await db.outbox.orderBy('seq').limit(maxMutationsPerPush).toArray()
    if (entries.length === 0) return outcome
    const batch = takeBatch(entries, maxCount, maxBatchBytes)
    const mutations = batch.map((entry) => toMutation(entry, seqBase))
    const request = { clientId, schemaVersion: syncSchemaVersion, mutations }
    const answer = await http('POST', '/api/sync/push', request)
    if (answer.status === 413) {
      if (batch.length === 1) throw syncError('too_large', 413, `change #${batch[0]?.seq}`)
      maxCount = Math.max(1, Math.floor(batch.length / 2))
      continue
    }
    if (answer.status === 409) {
      const gap = seqGapResponse.safeParse(answer.body)
      const expected = gap.success ? gap.data.expectedSeq : 'unknown'
      throw syncError(
        'seq_gap',
        409,
        `server expects #${expected}, device sent #${mutations[0]?.seq}`,
      )
    }
    const parsed = pushResponse.safeParse(answer.body)
    if (!parsed.success) throw syncError('bad_response', answer.status, 'push answer')
    const answered = toLocalSeqs(parsed.data, seqBase)
    const { acknowledged, rejected } = await applyPushResults(db, batch, answered, now())
    if (acknowledged === 0) throw syncError('bad_response', 200, 'push acknowledged nothing')
    outcome.pushed += acknowledged
    outcome.rejected += rejected
  }
}
