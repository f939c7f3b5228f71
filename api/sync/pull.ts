import { createHash } from 'node:crypto'
import type { Change, PullResponse } from '../contract/sync-protocol.ts'
import { asUser, type JwtClaims, type UserDatabase } from '../db/as-user.ts'
import type { Queryable } from '../db/database.ts'
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

interface PullContext {
  /** The device's last acknowledged push, 0 for an unknown or another user's device. */
  last_seq: number
  /** Cursors below the purge horizon need a reset. */
  horizon: string | null
  /** The orgs the user is a current member of, comma-joined in order: what they may see. */
  orgs: string
  /** The snapshot's xmin: what the log may be read up to (one snapshot, repeatable read). */
  fence: string
}

/** Everything a page needs before reading rows, in one statement (one round trip). */
async function contextOf(tx: Queryable, clientId: string | null): Promise<PullContext> {
  const [context] = await tx.query<PullContext>(
    `select coalesce((select c.last_seq from public.sync_clients c where c.client_id = $1::uuid), 0) as last_seq,
            (select h.xid::text from public.sync_horizon h limit 1) as horizon,
            coalesce((select string_agg(o::text, ',' order by o::text) from public.member_org_ids() as o), '') as orgs,
            pg_snapshot_xmin(pg_current_snapshot())::text as fence`,
    [clientId],
  )
  if (!context) throw new Error('the pull context query returned no row')
  return context
}

/**
 * A short fingerprint of the orgs the user is a current member of, which decide what they may
 * see: joining or leaving an org changes it.
 */
const fingerprint = (orgs: string) => createHash('sha256').update(orgs).digest('hex').slice(0, 16)

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
  const { cursor, limit } = request
  const contextRead = contextOf(tx, request.clientId)
  // A device past its download (almost every pull) reads the log: that read is sent behind the
  // context, down the same connection in the same snapshot, before the context is checked, so
  // a caught-up pull waits for one answer instead of two. It runs as the user under RLS, and
  // when the context says reset its rows are dropped unread.
  const fence = contextRead.then((c) => c.fence)
  // A failed context is reported below; this copy of it must not count as unhandled.
  fence.catch(() => undefined)
  const logRead = cursor?.phase === 'log' ? readLog(tx, cursor, limit, fence) : null
  const context = await contextRead.catch(async (error: unknown) => {
    await logRead?.catch(() => undefined)
    throw error
  })
  const lastSeq = Number(context.last_seq)
  const dropLog = async () => {
    await logRead?.catch(() => undefined)
    return reset(lastSeq)
  }
  // The log this cursor needs was purged: the device must download everything again.
  if (cursor && context.horizon && xidBelow(cursor.xid, context.horizon)) return dropLog()
  // The person joined or left an org since the download began: rows of an org they joined were
  // never sent, and rows of one they left would never be taken back, so start again. A cursor
  // from before fingerprints existed just takes the current one: resetting every device at
  // once would blank the screens of all those offline mid-download.
  const orgs = fingerprint(context.orgs)
  if (cursor?.orgs !== undefined && cursor.orgs !== orgs) return dropLog()

  let position: PullCursor | null = cursor
  if (!position) {
    position = { v: 1, phase: 'snapshot', xid: context.fence, table: 0, after: null }
  }

  if (position.phase === 'snapshot') {
    const snapshot = await readSnapshot(tx, position, limit)
    // Once the snapshot is read, the log takes over from the first page's xmin: it replays the
    // rows that transactions at or after it changed, which the snapshot pages may have missed.
    const next: PullCursor = snapshot.next ?? { v: 1, phase: 'log', xid: position.xid, after: 0 }
    const answer = page(snapshot.changes, { ...next, orgs }, true, lastSeq)
    return cursor ? answer : { ...answer, estimatedTotal: await estimateDownload(tx) }
  }
  const log = await (logRead ?? readLog(tx, position, limit, context.fence))
  return page(log.changes, { ...log.next, orgs }, log.hasMore, lastSeq)
}

/**
 * One page of SYNC.md's pull, read in a single repeatable-read transaction as the user, so the
 * rows, the log and the fence all come from one snapshot.
 */
export function pull(
  db: UserDatabase,
  claims: JwtClaims,
  request: PullRequest,
): Promise<PullResponse> {
  return asUser(db, claims, (tx) => pullPage(tx, request), { isolation: 'repeatable read' })
}
