import type { Random } from '../../api/demo/random.ts'
import { updateAccountFields } from '../../web/local/accounts.ts'
import { completeCommitment } from '../../web/local/action-items.ts'
import { createCheckin, updateCheckin } from '../../web/local/checkins.ts'
import { deleteRow, writeRow } from '../../web/local/local-write.ts'
import { newId } from '../../web/local/new-id.ts'
import { riskKinds, riskStatuses } from '../../api/contract/risk-register.ts'
import { valueStages } from '../../api/contract/value-register.ts'
import { raiseRisk, updateRisk } from '../../web/local/risks.ts'
import { createValueItem, updateValueItem } from '../../web/local/value-items.ts'
import type { SimDevice } from './sim-device.ts'

const words = [
  'roadmap',
  'budget',
  'outage',
  'cloud',
  'intake',
  'vendor',
  'audit',
  'grant',
  'portal',
]
const sentence = (random: Random) =>
  Array.from({ length: random.int(2, 6) }, () => random.pick(words)).join(' ')
const dueOn = (random: Random) =>
  new Date(Date.now() + random.int(-20, 20) * 86_400_000).toISOString().slice(0, 10)

/** The local writes a BRM manager makes, chosen by the seeded coin. Returns what it did. */
export async function randomLocalWrite(device: SimDevice, random: Random): Promise<string> {
  const { db } = device
  const accounts = await db.accounts.toArray()
  const account = random.pick(accounts)
  const choice = random.int(0, 10)

  if (choice <= 3) {
    const contacts = await db.contacts.where('account_id').equals(account.id).toArray()
    await createCheckin(db, {
      account_id: account.id,
      kind: random.pick(['visit', 'call', 'meeting', 'email'] as const),
      occurred_at: new Date(Date.now() - random.int(0, 30) * 86_400_000).toISOString(),
      summary: sentence(random),
      notes: sentence(random),
      trust_pulse: random.next() < 0.8 ? random.int(1, 5) : null,
      attendee_contact_ids: random.shuffle(contacts.map((c) => c.id)).slice(0, random.int(0, 2)),
      strategic_invite: random.next() < 0.2,
      visibility: random.next() < 0.2 ? 'private' : 'org',
      commitments: Array.from({ length: random.int(0, 2) }, () => ({
        title: sentence(random),
        owner_side: random.pick(['us', 'them', 'vendor'] as const),
        due_on: dueOn(random),
      })),
      risks: Array.from({ length: random.next() < 0.15 ? 1 : 0 }, () => ({
        title: sentence(random),
        kind: random.pick(riskKinds),
        likelihood: random.int(1, 5),
        impact: random.int(1, 5),
      })),
    })
    return 'create check-in'
  }
  if (choice <= 5) {
    const open = await db.action_items.filter((i) => i.status === 'open').toArray()
    if (!open.length) return 'nothing to complete'
    await completeCommitment(db, random.pick(open).id)
    return 'complete commitment'
  }
  if (choice === 6) {
    await updateAccountFields(db, account.id, {
      maturity_self: random.int(1, 5),
      // A manager or a lead keeps maturity, not the tier (an admin's: PRODUCT.md, Roles).
      maturity_partner: random.int(1, 5),
    })
    return 'edit account'
  }
  if (choice === 7) {
    const mine = await db.checkins.filter((c) => c.author_id === device.userId).toArray()
    if (!mine.length) return 'no check-in to edit'
    const target = random.pick(mine)
    const fields =
      random.next() < 0.3
        ? { visibility: target.visibility === 'private' ? ('org' as const) : ('private' as const) }
        : { summary: sentence(random) }
    await updateCheckin(db, target.id, fields)
    return 'edit check-in'
  }
  if (choice === 10 && random.next() < 0.4) {
    const risks = await db.risks.toArray()
    if (!risks.length || random.next() < 0.3) {
      const rating = { likelihood: random.int(1, 5), impact: random.int(1, 5) }
      await raiseRisk(db, { account_id: account.id, title: sentence(random), ...rating })
      return 'raise risk'
    }
    // Re-rated, moved on and given a review day, from any device on any risk.
    await updateRisk(db, random.pick(risks).id, {
      impact: random.int(1, 5),
      status: random.pick(riskStatuses),
      review_on: dueOn(random),
    })
    return 'review risk'
  }
  if (choice === 10) {
    const items = await db.value_items.toArray()
    if (!items.length || random.next() < 0.3) {
      await createValueItem(db, { account_id: account.id, title: sentence(random) })
      return 'add value item'
    }
    // A stage move and a reading, each with its line of history, from any device on any item.
    await updateValueItem(
      db,
      random.pick(items).id,
      { stage: random.pick(valueStages), realised_value: random.int(0, 100) },
      random.next() < 0.5 ? sentence(random) : null,
    )
    return 'move value item'
  }
  if (choice === 8 || !device.ownContacts.length) {
    const id = newId()
    await writeRow(
      db,
      'contacts',
      id,
      { org_id: account.org_id, account_id: account.id, name: sentence(random) },
      { create: true },
    )
    device.ownContacts.push(id)
    return 'add contact'
  }
  const index = random.int(0, device.ownContacts.length - 1)
  const [gone] = device.ownContacts.splice(index, 1)
  if (gone) await deleteRow(db, 'contacts', gone)
  return 'delete contact'
}
