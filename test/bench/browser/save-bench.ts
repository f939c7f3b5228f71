import { createCheckin, type CheckinInput } from '../../../web/local/checkins.ts'
import { deleteLocalDb, type AnyRow, type LocalDb } from '../../../web/local/local-db.ts'
import { newId } from '../../../web/local/new-id.ts'
import type { PairedSamples, SaveLatencyInput } from '../bench-api.ts'
import { benchDevice, timed } from './bench-device.ts'

function checkinInput(accountId: string, index: number): CheckinInput {
  return {
    account_id: accountId,
    kind: 'visit',
    summary: `Quarterly review #${index}`,
    notes: 'Budget cut for next year; the data-centre move slips to Q3. '.repeat(4),
    trust_pulse: 1 + (index % 5),
    commitments: [
      { title: 'Send the roadmap', owner_side: 'us', due_on: '2026-12-01' },
      { title: 'Name a sponsor for the move', owner_side: 'them' },
    ],
  }
}

/** The check-in just saved and its commitments, under new ids: the floor writes these. */
async function copies(db: LocalDb, checkinId: string) {
  const checkin = await db.synced('checkins').get(checkinId)
  const items = await db.synced('action_items').where('checkin_id').equals(checkinId).toArray()
  if (!checkin || items.length !== 2) throw new Error('the saved check-in is not on the device')
  const copyId = newId()
  return {
    checkin: { ...checkin, id: copyId },
    items: items.map((item): AnyRow => ({ ...item, id: newId(), checkin_id: copyId })),
  }
}

/**
 * Tap to committed: `createCheckin` with two inline commitments (rows, shadows and outbox in one
 * transaction), alternating with the floor, a Dexie `bulkPut` of the same three rows in one
 * transaction. Each sample ends when Dexie reports the IndexedDB transaction complete.
 */
export async function saveLatency(input: SaveLatencyInput): Promise<PairedSamples> {
  const db = await benchDevice(`bench-save-${newId()}`, input.scope)
  const samples: PairedSamples = { liaison: [], floor: [] }
  try {
    for (let index = 0; index < input.warmup + input.runs; index += 1) {
      const save = await timed(() => createCheckin(db, checkinInput(input.scope.accountId, index)))
      const rows = await copies(db, save.value)
      const floor = await timed(() =>
        db.transaction('rw', db.checkins, db.action_items, async () => {
          await db.synced('checkins').bulkPut([rows.checkin])
          await db.synced('action_items').bulkPut(rows.items)
        }),
      )
      if (index < input.warmup) continue
      samples.liaison.push(save.ms)
      samples.floor.push(floor.ms)
    }
    return samples
  } finally {
    await deleteLocalDb(db)
  }
}
