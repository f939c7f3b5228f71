import { describe, expect, it } from 'vitest'
import { buildDemoData } from './demo-data.ts'
import { trustIndex } from '../contract/trust-index.ts'
import type { DemoData } from './demo-data.ts'

type Band = 'strong' | 'steady' | 'at_risk'

/** Every demo account's band by the shared trust index; `viewer` decides which private check-ins count. */
function bands(data: DemoData, asOf: Date, viewer?: string) {
  const checkins = data.checkins.map((c) => ({
    ...c,
    occurred_at: c.occurred_at.toISOString(),
    deleted_at: null,
  }))
  const items = data.action_items.map((i) => ({
    ...i,
    completed_at: i.completed_at?.toISOString() ?? null,
    deleted_at: null,
  }))
  const contacts = data.contacts.map((c) => ({ ...c, deleted_at: null }))
  return Object.fromEntries(
    data.accounts
      .filter((a) => a.org_id === data.demoOrgId)
      .map((a) => [
        a.short_name,
        trustIndex(a, checkins, items, contacts, asOf, { viewerId: viewer ?? null }).band,
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
    expect(later.decisions.map((d) => d.id)).toEqual(data.decisions.map((d) => d.id))
    expect(later.risks.map((r) => r.id)).toEqual(data.risks.map((r) => r.id))
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
