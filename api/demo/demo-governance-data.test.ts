import { describe, expect, it } from 'vitest'
import { decisionStatuses, forumBehind } from '../contract/governance.ts'
import { reviewOverdue, riskKinds, riskSeverity, riskStatuses } from '../contract/risk-register.ts'
import { buildDemoData } from './demo-data.ts'

const anchor = new Date('2026-11-27T15:04:05Z')
const data = buildDemoData(anchor)
const dayMs = 86_400_000
const byId = <Row extends { id: string }>(rows: Row[]) => new Map(rows.map((row) => [row.id, row]))
const accounts = byId(data.accounts)
const checkins = byId(data.checkins)
const forums = byId(data.forums)
const valueItems = byId(data.value_items)
const members = new Set(data.members.map((m) => `${m.org_id}/${m.user_id}`))
const demo = <Row extends { org_id: string }>(rows: Row[]) =>
  rows.filter((row) => row.org_id === data.demoOrgId)
const meetingsOf = (forumId: string) =>
  data.checkins
    .filter((c) => c.forum_id === forumId)
    .sort((a, b) => b.occurred_at.getTime() - a.occurred_at.getTime())
const count = <T>(values: T[]) =>
  values.reduce((sum, v) => sum.set(v, (sum.get(v) ?? 0) + 1), new Map<T, number>())

describe('the forums and decisions of the demo', () => {
  it('hangs every decision off a forum, a meeting or a relationship of its own org', () => {
    for (const d of data.decisions) {
      expect([d.title, d.forum_id ?? d.checkin_id ?? d.account_id]).toEqual([
        d.title,
        expect.any(String),
      ])
      if (d.forum_id) expect(forums.get(d.forum_id)?.org_id).toBe(d.org_id)
      if (d.checkin_id) expect(checkins.get(d.checkin_id)?.org_id).toBe(d.org_id)
      if (d.account_id) expect(accounts.get(d.account_id)?.org_id).toBe(d.org_id)
    }
  })

  it("takes a forum's decisions at its own meetings, on the meeting's day, never in private", () => {
    const taken = data.decisions.filter((d) => d.checkin_id !== null)
    expect(taken.length).toBeGreaterThanOrEqual(15)
    for (const d of taken) {
      const meeting = checkins.get(d.checkin_id ?? '')
      expect(meeting?.visibility).toBe('org')
      expect([d.title, meeting?.kind, meeting?.forum_id]).toEqual([d.title, 'forum', d.forum_id])
      expect(d.decided_on).toBe(meeting?.occurred_at.toISOString().slice(0, 10))
    }
    const outside = demo(data.decisions).filter((d) => d.forum_id === null)
    expect(outside.length).toBeGreaterThanOrEqual(3)
    for (const d of outside)
      expect([d.checkin_id, d.account_id]).toEqual([null, expect.any(String)])
  })

  it('gives each forum three or four meetings in the last year, with one to three decisions each', () => {
    const yearAgo = data.day0.getTime() - 366 * dayMs
    expect(new Set(data.forums.map((f) => f.purpose))).toEqual(new Set(['strategic', 'tactical']))
    expect(data.forums).toHaveLength(3)
    for (const forum of data.forums) {
      const meetings = meetingsOf(forum.id)
      expect([forum.name, meetings.length >= 3 && meetings.length <= 4]).toEqual([forum.name, true])
      for (const meeting of meetings) {
        expect(meeting.occurred_at.getTime()).toBeGreaterThan(yearAgo)
        const decided = data.decisions.filter((d) => d.checkin_id === meeting.id).length
        expect([meeting.summary, decided >= 1 && decided <= 3]).toEqual([meeting.summary, true])
      }
      const people = data.forum_members.filter((m) => m.forum_id === forum.id)
      expect(people.length).toBeGreaterThanOrEqual(8)
    }
  })

  it('decides most, leaves some proposed, and reverses one or two by a later decision', () => {
    const statuses = count(demo(data.decisions).map((d) => d.status))
    expect(new Set(statuses.keys())).toEqual(new Set(decisionStatuses))
    expect(statuses.get('decided')).toBeGreaterThan(demo(data.decisions).length / 2)
    expect(statuses.get('proposed')).toBeGreaterThanOrEqual(3)
    const reversed = data.decisions.filter((d) => d.status === 'reversed')
    expect(reversed.length).toBeGreaterThanOrEqual(1)
    expect(reversed.length).toBeLessThanOrEqual(2)
    for (const r of reversed) {
      const by = data.decisions.find((d) => d.rationale.startsWith(`Reverses "${r.title}".`))
      expect([r.title, by?.status]).toEqual([r.title, 'decided'])
      expect(by && by.decided_on > r.decided_on).toBe(true)
      expect(r.updated_at).toEqual(by?.created_at)
    }
  })

  it.each([
    ['the start of', new Date('2026-11-27T00:00:00Z')],
    ['the middle of', anchor],
    ['the end of', new Date('2026-11-27T23:59:59Z')],
  ])(
    'keeps the Working Group behind its cadence and the others within it at %s the anchor day',
    (_, asOf) => {
      const behind = Object.fromEntries(
        data.forums.map((f) => [
          f.name,
          forumBehind(f.cadence_days, meetingsOf(f.id)[0]?.occurred_at.toISOString() ?? null, asOf),
        ]),
      )
      expect(behind).toEqual({
        'IT Governance Council': false,
        'Agency CIO Working Group': true,
        'Vendor Performance Review': false,
      })
    },
  )

  it('dates every decision before the anchor and after its meeting', () => {
    for (const d of data.decisions) {
      expect(d.created_at.getTime()).toBeLessThan(data.day0.getTime())
      expect(d.updated_at.getTime()).toBeGreaterThanOrEqual(d.created_at.getTime())
      const meeting = checkins.get(d.checkin_id ?? '')
      if (meeting) expect(d.created_at.getTime()).toBeGreaterThan(meeting.captured_at.getTime())
    }
  })
})

describe('the risk register of the demo', () => {
  const register = demo(data.risks)

  it('links each risk to a vendor, an owner and a value item its relationship can have', () => {
    for (const r of data.risks) {
      expect(accounts.get(r.account_id)?.org_id).toBe(r.org_id)
      if (r.vendor_account_id) {
        expect(accounts.get(r.vendor_account_id)).toMatchObject({
          kind: 'vendor',
          org_id: r.org_id,
        })
      }
      if (r.owner_user_id) expect(members.has(`${r.org_id}/${r.owner_user_id}`)).toBe(true)
      expect(r.created_at.getTime()).toBeLessThan(r.updated_at.getTime())
      expect(r.updated_at.getTime()).toBeLessThan(data.day0.getTime())
      const item = r.value_item_id === null ? null : valueItems.get(r.value_item_id)
      if (item === null) continue
      expect([r.title, item?.account_id]).toEqual([r.title, r.account_id])
      if (item?.vendor_account_id && r.vendor_account_id)
        expect(item.vendor_account_id).toBe(r.vendor_account_id)
    }
    expect(register.filter((r) => r.vendor_account_id).length).toBeGreaterThanOrEqual(4)
    expect(register.filter((r) => r.value_item_id).length).toBeGreaterThanOrEqual(4)
  })

  it('spreads 14 to 18 risks over every kind, status, owner and severity level', () => {
    expect(register.length).toBeGreaterThanOrEqual(14)
    expect(register.length).toBeLessThanOrEqual(18)
    expect(new Set(register.map((r) => r.kind))).toEqual(new Set(riskKinds))
    expect(new Set(register.map((r) => r.status))).toEqual(new Set(riskStatuses))
    const owners = new Set(
      register.map((r) => data.members.find((m) => m.user_id === r.owner_user_id)?.email ?? null),
    )
    expect(owners).toEqual(
      new Set([
        null,
        'admin@demo.test',
        'lead@demo.test',
        'manager@demo.test',
        'manager2@demo.test',
      ]),
    )
    const levels = count(register.map((r) => riskSeverity(r.likelihood, r.impact).level))
    expect(levels.get('high')).toBeGreaterThanOrEqual(4)
    expect(levels.get('medium')).toBeGreaterThanOrEqual(3)
    expect(levels.get('low')).toBeGreaterThanOrEqual(2)
    const agencies = register.filter((r) => accounts.get(r.account_id)?.kind === 'agency')
    expect(new Set(agencies.map((r) => r.account_id)).size).toBeGreaterThanOrEqual(6)
    expect(register.some((r) => accounts.get(r.account_id)?.kind === 'vendor')).toBe(true)
  })

  it('has reviews overdue and reviews ahead, and no closed risk counted overdue', () => {
    const today = data.day0.toISOString().slice(0, 10)
    const overdue = register.filter((r) => reviewOverdue(r, anchor))
    expect(overdue.length).toBeGreaterThanOrEqual(4)
    expect(register.filter((r) => r.review_on > today).length).toBeGreaterThanOrEqual(4)
    const closedPast = register.filter((r) => r.status === 'closed' && r.review_on < today)
    expect(closedPast.length).toBeGreaterThan(0)
    for (const r of closedPast) expect(reviewOverdue(r, anchor)).toBe(false)
    const high = register.filter((r) => riskSeverity(r.likelihood, r.impact).level === 'high')
    expect(high.some((r) => reviewOverdue(r, anchor))).toBe(true)
  })
})

describe('the neighbour state', () => {
  it('has a risk and a decision of its own, so isolation has something to hide', () => {
    const theirs = <Row extends { org_id: string }>(rows: Row[]) =>
      rows.filter((row) => row.org_id === data.neighbourOrgId)
    expect([theirs(data.risks).length, theirs(data.decisions).length]).toEqual([1, 1])
    for (const r of theirs(data.risks)) {
      for (const id of [r.account_id, r.vendor_account_id]) {
        if (id) expect(accounts.get(id)?.org_id).toBe(data.neighbourOrgId)
      }
    }
    expect(data.forums.every((f) => f.org_id === data.demoOrgId)).toBe(true)
  })
})
