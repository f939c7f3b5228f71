import { describe, expect, it } from 'vitest'
import { buildDemoData } from './demo-data.ts'
import type { AccountRow, ActionItemRow, CheckinRow, ContactRow, DemoData } from './demo-data.ts'

const dayMs = 86_400_000
type Band = 'strong' | 'steady' | 'at_risk'

/**
 * PRODUCT.md's trust index, written out here only to prove the demo covers every band; the
 * shared implementation replaces it later. `viewer` decides which private check-ins count.
 */
function trustScore(
  account: AccountRow,
  allCheckins: CheckinRow[],
  items: ActionItemRow[],
  contacts: ContactRow[],
  asOf: Date,
  viewer?: string,
) {
  const now = asOf.getTime()
  const checkins = allCheckins.filter(
    (c) =>
      c.account_id === account.id &&
      c.occurred_at.getTime() <= now &&
      (c.visibility === 'org' || c.author_id === viewer),
  )
  const within = (days: number) =>
    checkins.filter((c) => c.occurred_at.getTime() > now - days * dayMs)
  let weights = 0
  let weighted = 0
  for (const c of within(180)) {
    if (c.trust_pulse === null) continue
    const weight = 0.5 ** ((now - c.occurred_at.getTime()) / dayMs / 45)
    weights += weight
    weighted += weight * ((c.trust_pulse - 1) / 4)
  }
  const pulse = weights ? weighted / weights : 0.5
  const today = asOf.toISOString().slice(0, 10)
  const floor = new Date(now - 180 * dayMs).toISOString().slice(0, 10)
  const ours = items.filter((i) => i.account_id === account.id && i.owner_side === 'us')
  const due = ours.filter((i) => i.status !== 'dropped' && floor <= i.due_on && i.due_on < today)
  const onTime = due.filter(
    (i) =>
      i.status === 'done' &&
      i.completed_at !== null &&
      i.completed_at.getTime() < Date.parse(`${i.due_on}T00:00:00Z`) + 2 * dayMs,
  )
  const followThrough = due.length ? onTime.length / due.length : 0.5
  const latest = Math.max(...checkins.map((c) => c.occurred_at.getTime()))
  const c = account.cadence_days
  const d = Math.floor((now - latest) / dayMs)
  const cadence = checkins.length === 0 || d >= 3 * c ? 0 : d <= c ? 1 : 1 - (d - c) / (2 * c)
  const own = contacts.filter((x) => x.account_id === account.id).map((x) => x.id)
  const met = new Set(
    within(90).flatMap((x) => x.attendee_contact_ids.filter((id) => own.includes(id))),
  )
  const breadth = own.length ? Math.min(1, met.size / Math.min(3, own.length)) : 0
  const seat = within(180).some((x) => x.strategic_invite) ? 1 : 0
  const sum = 0.3 * pulse + 0.25 * followThrough + 0.2 * cadence + 0.1 * breadth + 0.15 * seat
  const overdue = ours.filter((i) => i.status === 'open' && i.due_on < today).length
  const score = Math.min(100, Math.max(0, Math.round(100 * sum) - Math.min(20, 5 * overdue)))
  const band: Band = score >= 75 ? 'strong' : score >= 50 ? 'steady' : 'at_risk'
  return { score, band }
}

function bands(data: DemoData, asOf: Date, viewer?: string) {
  return Object.fromEntries(
    data.accounts
      .filter((a) => a.org_id === data.demoOrgId)
      .map((a) => [
        a.short_name,
        trustScore(a, data.checkins, data.action_items, data.contacts, asOf, viewer).band,
      ]),
  )
}

const intended: Record<string, Band> = {
  DOR: 'strong',
  DHHS: 'strong',
  DOT: 'strong',
  OEM: 'strong',
  Tessellate: 'strong',
  Riverbend: 'strong',
  DOC: 'at_risk',
  DLW: 'at_risk',
  DNR: 'at_risk',
  Copperline: 'at_risk',
  Ironbark: 'at_risk',
}

describe('buildDemoData', () => {
  const anchor = new Date('2026-11-27T15:04:05Z')
  const data = buildDemoData(anchor)

  it('builds identical data from the same anchor', () => {
    const again = buildDemoData(new Date(anchor.getTime()))
    expect(JSON.stringify(again)).toBe(JSON.stringify(data))
  })

  it('keeps ids fixed whatever the anchor', () => {
    const later = buildDemoData(new Date('2027-03-02T01:00:00Z'))
    expect(later.checkins.map((c) => c.id)).toEqual(data.checkins.map((c) => c.id))
    expect(later.action_items.map((i) => i.id)).toEqual(data.action_items.map((i) => i.id))
  })

  it.each([
    ['the start of', new Date('2026-11-27T00:00:00Z')],
    ['the middle of', anchor],
    ['the end of', new Date('2026-11-27T23:59:59Z')],
  ])('puts every relationship in its intended band at %s the anchor day', (_, asOf) => {
    const result = bands(data, asOf)
    for (const short of Object.keys(result)) {
      expect([short, result[short]]).toEqual([short, intended[short] ?? 'steady'])
    }
    const counts = Object.values(result).reduce<Record<string, number>>(
      (sum, band) => ({ ...sum, [band]: (sum[band] ?? 0) + 1 }),
      {},
    )
    for (const band of ['strong', 'steady', 'at_risk'])
      expect(counts[band]).toBeGreaterThanOrEqual(2)
  })

  it('keeps each band the same for the authors of private check-ins', () => {
    const authors = new Set(
      data.checkins.filter((c) => c.visibility === 'private').map((c) => c.author_id),
    )
    expect(authors.size).toBeGreaterThan(0)
    for (const author of authors) expect(bands(data, anchor, author)).toEqual(bands(data, anchor))
  })
})
