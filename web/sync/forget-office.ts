import { tableNames } from '../../api/contract/table-names.ts'
import type { LocalDb, Rejection } from '../local/local-db.ts'
import { withoutFactUpkeep } from '../local/trust-facts-middleware.ts'

/** Why a change waiting on a removed person's device was never saved. */
export const removedMessage =
  'You were removed from the office before this change reached it, so it was not saved there.'

/**
 * The server said this person is no longer a member of any organisation: the office's rows
 * leave the device at once, in one transaction. Nothing typed is lost: each change still waiting
 * to be sent becomes a refused change with its fields and the reason, kept on the device.
 * Drafts stay too. Returns how many changes were waiting.
 */
export async function forgetOffice(db: LocalDb, at: Date): Promise<number> {
  return db.transaction('rw', [...db.writeScope(), db.trust_facts], async (tx) => {
    const waiting = await db.outbox.orderBy('seq').toArray()
    const refused = waiting.map((entry): Rejection => ({
      seq: entry.seq,
      table: entry.table,
      op: entry.op,
      id: entry.id,
      code: 'forbidden',
      message: removedMessage,
      fields: entry.fields ?? {},
      at: at.toISOString(),
    }))
    await db.rejections.bulkPut(refused)
    await withoutFactUpkeep(tx.idbtrans, () =>
      Promise.all([
        db.outbox.clear(),
        db.shadows.clear(),
        db.resync_seen.clear(),
        db.trust_facts.clear(),
        db.meta.delete('cursor'),
        db.meta.delete('resyncing'),
        ...tableNames.map((table) => db.synced(table).clear()),
      ]),
    )
    return waiting.length
  })
}
