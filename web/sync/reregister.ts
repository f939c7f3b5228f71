import type { LocalDb, Reregistration } from '../local/local-db.ts'
import { readMeta, writeMeta } from '../local/meta.ts'
import { pushOutbox, type PushOutcome } from './push.ts'
import { asSyncError, syncError } from './sync-error.ts'
import type { SyncHttp } from './sync-http.ts'

/**
 * Gives the device a new client id and sends its pending changes as seq 1, 2, … of it, in one
 * transaction with the outbox, so a local write cannot slip between. Returns what it recorded.
 */
export async function registerAnew(
  db: LocalDb,
  cause: Reregistration['cause'],
  at: Date,
): Promise<Reregistration> {
  return db.transaction('rw', db.meta, db.outbox, async () => {
    const previousClientId = (await readMeta(db, 'clientId')) ?? ''
    const first = await db.outbox.orderBy('seq').first()
    const nextSeq = (await readMeta(db, 'nextSeq')) ?? 1
    const record: Reregistration = {
      at: at.toISOString(),
      previousClientId,
      clientId: crypto.randomUUID(),
      resent: await db.outbox.count(),
      cause,
      accepted: false,
      failedAgain: null,
    }
    await writeMeta(db, 'clientId', record.clientId)
    await writeMeta(db, 'seqBase', (first?.seq ?? nextSeq) - 1)
    await writeMeta(db, 'reregistration', record)
    return record
  })
}

async function update(db: LocalDb, patch: Partial<Reregistration>) {
  await db.transaction('rw', db.meta, async () => {
    const record = await readMeta(db, 'reregistration')
    if (record) await writeMeta(db, 'reregistration', { ...record, ...patch })
  })
}

/**
 * Pushes the outbox; when the server does not recognise this device's history (409 `seq_gap`,
 * e.g. after a restore from backup or a purge of its client row, or a 400 on the envelope), it
 * registers anew and sends every pending change again — safe, because the server applies a
 * change by row id and base version, not by seq. It does that once: if the new registration is
 * refused the same way, it stops, records why, and keeps everything.
 */
export async function pushRecovering(
  db: LocalDb,
  http: SyncHttp,
  now: () => Date,
): Promise<PushOutcome> {
  const before = await readMeta(db, 'reregistration')
  const unconfirmed = before !== undefined && !before.accepted
  try {
    const outcome = await pushOutbox(db, http, now)
    if (unconfirmed) await update(db, { accepted: true, failedAgain: null })
    return outcome
  } catch (caught) {
    const error = asSyncError(caught)
    if (error.kind !== 'seq_gap' && error.kind !== 'bad_request') throw error
    if (unconfirmed && before.clientId === (await readMeta(db, 'clientId'))) {
      await update(db, { failedAgain: error.message })
      throw syncError('refused_again', error.status, error.message)
    }
    await registerAnew(db, error.kind, now())
    // The record just written is unconfirmed for this client id: this recursion runs once.
    return pushRecovering(db, http, now)
  }
}
