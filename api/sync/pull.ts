import { createHash } from 'node:crypto'
import type { Change, PullResponse } from '../contract/sync-protocol.ts'
import { asUser, type JwtClaims } from '../db/as-user.ts'
import type { Database, Queryable } from '../db/database.ts'
import { encodeCursor, xidBelow, type PullCursor } from './cursor.ts'
import { estimateDownload } from './pull-estimate.ts'
import { readLog } from './pull-log.ts'
import { readSnapshot } from './pull-snapshot.ts'

export interface PullRequest {
  /** null: a first pull (or one after a reset): everything the user may see. */
  cursor: PullCursor | null
  limit: number
  clientId: string | null
}

async function lastSeqOf(tx: Queryable, clientId: string | null): Promise<number> {
  if (!clientId) return 0
  const [client] = await tx.query<{ last_seq: number }>(
    'select last_seq from public.sync_clients where client_id = $1',
    [clientId],
  )
  return Number(client?.last_seq ?? 0)
}

/**
 * A short fingerprint of the orgs the user is a current member of, which decide what they may
 * see: joining or leaving an org changes it.
 */
async function membershipOf(tx: Queryable): Promise<string> {
  const orgs = await tx.query<{ id: string }>(
    'select org_id::text as id from public.member_org_ids() as org_id order by 1',
  )
  const joined = orgs.map((org) => org.id).join(',')
  return createHash('sha256').update(joined).digest('hex').slice(0, 16)
}

const page = (
  changes: Change[],
  cursor: PullCursor,
  hasMore: boolean,
  lastSeq: number,
): PullResponse => ({
  changes,
  cursor: encodeCursor(cursor),
  hasMore,
  lastSeq,
  resetRequired: false,
})

const reset = (lastSeq: number): PullResponse => ({
  changes: [],
  cursor: '',
  hasMore: true,
  lastSeq,
  resetRequired: true,
})

async function pullPage(tx: Queryable, request: PullRequest): Promise<PullResponse> {
  const lastSeq = await lastSeqOf(tx, request.clientId)
  const [horizon] = await tx.query<{ xid: string }>(
    'select xid::text as xid from public.sync_horizon limit 1',
  )
  const { cursor, limit } = request
  // The log this cursor needs was purged: the device must download everything again.
  if (cursor && horizon && xidBelow(cursor.xid, horizon.xid)) return reset(lastSeq)
  // The person joined or left an org since the download began: rows of an org they joined were
  // never sent, and rows of one they left would never be taken back, so start again. A cursor
  // from before fingerprints existed just takes the current one: resetting every device at
  // once would blank the screens of all those offline mid-download.
  const orgs = await membershipOf(tx)
  if (cursor?.orgs !== undefined && cursor.orgs !== orgs) return reset(lastSeq)

  let position: PullCursor | null = cursor
  if (!position) {
    const [fence] = await tx.query<{ xid: string }>(
      'select pg_snapshot_xmin(pg_current_snapshot())::text as xid',
    )
    position = { v: 1, phase: 'snapshot', xid: fence?.xid ?? '0', table: 0, after: null }
  }

  if (position.phase === 'snapshot') {
    const snapshot = await readSnapshot(tx, position, limit)
    // Once the snapshot is read, the log takes over from the first page's xmin: it replays the
    // rows that transactions at or after it changed, which the snapshot pages may have missed.
    const next: PullCursor = snapshot.next ?? { v: 1, phase: 'log', xid: position.xid, after: 0 }
    const answer = page(snapshot.changes, { ...next, orgs }, true, lastSeq)
    return cursor ? answer : { ...answer, estimatedTotal: await estimateDownload(tx) }
  }
  const log = await readLog(tx, position, limit)
  return page(log.changes, { ...log.next, orgs }, log.hasMore, lastSeq)
}

/**
 * One page of SYNC.md's pull, read in a single repeatable-read transaction as the user, so the
 * rows, the log and the fence all come from one snapshot.
 *
 * @example
 * const page = await pull(db, claims, { cursor: null, limit: 500, clientId })
 */
export function pull(db: Database, claims: JwtClaims, request: PullRequest): Promise<PullResponse> {
  return asUser(db, claims, (tx) => pullPage(tx, request), { isolation: 'repeatable read' })
}
