import { describe, expect, it } from 'vitest'
import { mayAssignCommitment } from '../contract/privacy.ts'
import { buildDemoData, demoPassword } from './demo-data.ts'

describe('buildDemoData integrity', () => {
  const data = buildDemoData(new Date('2026-11-27T15:04:05Z'))

  it('points every reference at an existing row of the same org', () => {
    const index = <Row extends { id: string }>(rows: Row[]) =>
      new Map(rows.map((row) => [row.id, row]))
    const accounts = index(data.accounts)
    const contacts = index(data.contacts)
    const checkins = index(data.checkins)
    const valueItems = index(data.value_items)
    const forumIds = index(data.forums)
    const users = index(data.users)
    const members = new Set(data.members.map((m) => `${m.org_id}/${m.user_id}`))
    const orgs = new Set(data.orgs.map((o) => o.id))
    const sameOrg = (map: Map<string, { org_id: string }>, id: string | null, org: string) =>
      id === null || map.get(id)?.org_id === org
    const member = (id: string | null, org: string) => id === null || members.has(`${org}/${id}`)
    const writers = new Set(
      data.members.filter((m) => m.role !== 'viewer').map((m) => `${m.org_id}/${m.user_id}`),
    )

    for (const m of data.members) expect(users.has(m.user_id) && orgs.has(m.org_id)).toBe(true)
    for (const a of data.accounts) expect(orgs.has(a.org_id)).toBe(true)
    for (const a of data.assignments) {
      expect(sameOrg(accounts, a.account_id, a.org_id) && member(a.user_id, a.org_id)).toBe(true)
    }
    for (const c of data.contacts) expect(sameOrg(accounts, c.account_id, c.org_id)).toBe(true)
    for (const f of data.forum_members) {
      expect(sameOrg(forumIds, f.forum_id, f.org_id)).toBe(true)
      expect(
        sameOrg(accounts, f.account_id, f.org_id) && sameOrg(contacts, f.contact_id, f.org_id),
      ).toBe(true)
      expect(member(f.user_id, f.org_id)).toBe(true)
      expect([f.account_id, f.contact_id, f.user_id].filter(Boolean)).toHaveLength(1)
    }
    for (const c of data.checkins) {
      expect(sameOrg(accounts, c.account_id, c.org_id) && member(c.author_id, c.org_id)).toBe(true)
      expect(sameOrg(forumIds, c.forum_id, c.org_id)).toBe(true)
      expect(c.forum_id === null).toBe(c.kind !== 'forum')
      for (const id of c.attendee_contact_ids)
        expect(contacts.get(id)?.account_id).toBe(c.account_id)
    }
    for (const i of data.action_items) {
      expect(
        sameOrg(accounts, i.account_id, i.org_id) && member(i.assignee_user_id, i.org_id),
      ).toBe(true)
      expect(i.checkin_id === null || checkins.get(i.checkin_id)?.account_id === i.account_id).toBe(
        true,
      )
      expect(i.contact_id === null || contacts.get(i.contact_id)?.account_id === i.account_id).toBe(
        true,
      )
    }
    for (const v of data.value_items) {
      expect(sameOrg(accounts, v.account_id, v.org_id)).toBe(true)
      expect(
        v.vendor_account_id === null || accounts.get(v.vendor_account_id)?.kind === 'vendor',
      ).toBe(true)
      expect(sameOrg(accounts, v.vendor_account_id, v.org_id)).toBe(true)
    }
    for (const u of data.value_updates) {
      expect(sameOrg(valueItems, u.value_item_id, u.org_id)).toBe(true)
      expect(writers.has(`${u.org_id}/${u.author_id}`)).toBe(true)
    }
    for (const s of data.scorecards) {
      expect(accounts.get(s.vendor_account_id)?.kind).toBe('vendor')
      expect(sameOrg(accounts, s.vendor_account_id, s.org_id)).toBe(true)
      expect(
        s.agency_account_id === null || accounts.get(s.agency_account_id)?.kind === 'agency',
      ).toBe(true)
      expect(sameOrg(accounts, s.agency_account_id, s.org_id)).toBe(true)
    }
    const ids = Object.values(data).flatMap((rows) =>
      Array.isArray(rows) ? rows.map((row: { id: string }) => row.id) : [],
    )
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('assigns a commitment made at a private check-in to its author or to no one of ours', () => {
    const checkins = new Map(data.checkins.map((row) => [row.id, row]))
    const misassigned = data.action_items.filter((item) => {
      const checkin = item.checkin_id === null ? null : (checkins.get(item.checkin_id) ?? null)
      return !mayAssignCommitment(checkin, item.assignee_user_id)
    })
    expect(misassigned).toEqual([])
  })

  it('never dates anything after the anchor, and completes nothing before it was agreed', () => {
    const day0 = data.day0.getTime()
    for (const c of data.checkins) {
      expect(c.occurred_at.getTime()).toBeLessThan(day0)
      expect(c.captured_at.getTime()).toBeGreaterThan(c.occurred_at.getTime())
      expect(c.captured_at.getTime()).toBeLessThan(day0)
    }
    for (const i of data.action_items) {
      expect(i.created_at.getTime()).toBeLessThan(day0)
      expect(i.completed_at === null).toBe(i.status !== 'done')
      if (i.completed_at) expect(i.completed_at.getTime()).toBeGreaterThan(i.created_at.getTime())
      if (i.completed_at) expect(i.completed_at.getTime()).toBeLessThan(day0)
      const source = data.checkins.find((c) => c.id === i.checkin_id)
      if (source) expect(source.captured_at.getTime()).toBeLessThan(i.created_at.getTime())
    }
    for (const u of data.value_updates) {
      expect(u.created_at.getTime()).toBeLessThan(day0)
      expect(u.updated_at).toEqual(u.created_at)
    }
  })

  it('has the people, volumes and mix the demo promises', () => {
    const demo = <Row extends { org_id: string }>(rows: Row[]) =>
      rows.filter((row) => row.org_id === data.demoOrgId)
    expect(data.password).toBe(demoPassword)
    expect(demo(data.members).map((m) => [m.email, m.role])).toEqual([
      ['admin@demo.test', 'admin'],
      ['lead@demo.test', 'lead'],
      ['manager@demo.test', 'manager'],
      ['manager2@demo.test', 'manager'],
      ['viewer@demo.test', 'viewer'],
    ])
    const kinds = demo(data.accounts).map((a) => a.kind)
    expect(kinds.filter((k) => k === 'agency')).toHaveLength(12)
    expect(kinds.filter((k) => k === 'vendor')).toHaveLength(6)
    expect(kinds.filter((k) => k === 'partner')).toHaveLength(2)
    expect(demo(data.checkins).length).toBeGreaterThanOrEqual(55)
    expect(demo(data.checkins).length).toBeLessThanOrEqual(75)
    expect(
      demo(data.checkins).filter((c) => c.visibility === 'private').length,
    ).toBeGreaterThanOrEqual(2)
    expect(demo(data.checkins).filter((c) => c.kind === 'forum').length).toBeGreaterThanOrEqual(2)
    const items = demo(data.action_items)
    expect(items.length).toBeGreaterThanOrEqual(35)
    const today = data.day0.toISOString().slice(0, 10)
    expect(
      items.filter((i) => i.owner_side === 'us' && i.status === 'open' && i.due_on < today).length,
    ).toBeGreaterThanOrEqual(3)
    expect(new Set(items.map((i) => i.owner_side))).toEqual(new Set(['us', 'them', 'vendor']))
    expect(new Set(items.map((i) => i.status))).toEqual(new Set(['open', 'done', 'dropped']))
    expect(new Set(demo(data.value_items).map((v) => v.stage)).size).toBe(6)
    expect(data.scorecards.map((s) => s.period)).toContain('2026-Q3')
    for (const org of [data.demoOrgId, data.neighbourOrgId]) {
      expect(data.checkins.some((c) => c.org_id === org)).toBe(true)
    }
  })
})
