import { describe, expect, it } from 'vitest'
import { scorecardGrade } from '../contract/scorecard-grade.ts'
import { valueStages } from '../contract/value-register.ts'
import { buildDemoData } from './demo-data.ts'

const data = buildDemoData(new Date('2026-11-27T15:04:05Z'))
const dayMs = 86_400_000
const accounts = new Map(data.accounts.map((a) => [a.id, a]))
const short = (id: string | null) => (id === null ? '-' : (accounts.get(id)?.short_name ?? '?'))
const memberEmail = new Map(data.members.map((m) => [`${m.org_id}/${m.user_id}`, m.email]))
const demoItems = data.value_items.filter((v) => v.org_id === data.demoOrgId)
const ratingsOf = (s: (typeof data.scorecards)[number]) => ({
  outcomes: s.outcomes,
  responsiveness: s.responsiveness,
  collaboration: s.collaboration,
  innovation: s.innovation,
  delivery: s.delivery,
})

/** A display value as a number: '78%' → 78, '$410' → 410, '$2.1M' → 2100000; else null. */
function read(text: string | null) {
  const match = /^\$?(\d+(?:\.\d+)?)(M)?%?$/.exec(text ?? '')
  if (!match) return null
  return Number(match[1]) * (match[2] ? 1_000_000 : 1)
}

describe('the value register of the demo', () => {
  it('ends every history where its item stands, oldest first, from the day it was created', () => {
    for (const item of data.value_items) {
      const history = data.value_updates.filter((u) => u.value_item_id === item.id)
      const times = history.map((u) => u.created_at.getTime())
      expect(times).toEqual([...times].sort((a, b) => a - b))
      expect(new Set(times).size).toBe(times.length)
      expect(history[0]?.created_at).toEqual(item.created_at)
      // Each row records what its change did; replayed, they end where the item stands.
      const stage = history.findLast((u) => u.stage !== null)?.stage
      const read = history.findLast((u) => u.realised_value !== null)?.realised_value ?? null
      expect([item.title, history[0]?.stage, stage, read, history.at(-1)?.created_at]).toEqual([
        item.title,
        expect.any(String),
        item.stage,
        item.realised_value,
        item.updated_at,
      ])
    }
  })

  it('spreads the history over about nine months, by every writer and never the viewer', () => {
    const demo = data.value_updates.filter((u) => u.org_id === data.demoOrgId)
    const oldest = Math.min(...demo.map((u) => u.created_at.getTime()))
    const daysBack = (data.day0.getTime() - oldest) / dayMs
    expect(daysBack).toBeGreaterThan(240)
    expect(daysBack).toBeLessThan(300)
    const authors = new Set(demo.map((u) => memberEmail.get(`${u.org_id}/${u.author_id}`)))
    expect(authors).toEqual(
      new Set(['admin@demo.test', 'lead@demo.test', 'manager@demo.test', 'manager2@demo.test']),
    )
    const neighbour = data.value_updates.filter((u) => u.org_id === data.neighbourOrgId)
    expect(neighbour.length).toBeGreaterThan(0)
    for (const u of neighbour) {
      expect(memberEmail.get(`${u.org_id}/${u.author_id}`)).toBe('manager@neighbour.test')
    }
  })

  it('writes the numbers and the display text of each item as the same values', () => {
    for (const v of data.value_items) {
      const numbers = [v.baseline_value, v.target_value, v.realised_value]
      expect([v.title, v.unit !== null]).toEqual([v.title, numbers.some((n) => n !== null)])
      if (v.unit === null) continue
      expect([v.title, ...numbers]).toEqual([
        v.title,
        read(v.baseline),
        read(v.target),
        read(v.realised),
      ])
      if (/^\$/.test(v.baseline)) expect(v.unit).toBe('$')
      if (/%$/.test(v.baseline)) expect(v.unit).toBe('%')
    }
  })

  it('fills every screen of the register: stages, progress bars, pending values, shared vendors', () => {
    expect(new Set(demoItems.map((v) => v.stage))).toEqual(new Set(valueStages))
    const complete = demoItems.filter(
      (v) => v.baseline_value !== null && v.target_value !== null && v.realised_value !== null,
    )
    expect(complete.length).toBeGreaterThanOrEqual(10)
    const pending = demoItems.filter((v) => v.target_value !== null && v.realised_value === null)
    expect(pending.length).toBeGreaterThanOrEqual(2)
    const served = (vendor: string) =>
      new Set(
        demoItems
          .filter((v) => short(v.vendor_account_id) === vendor)
          .map((v) => short(v.account_id)),
      )
    expect(served('Quillfeather')).toEqual(new Set(['DOR', 'DMV', 'DVS']))
    expect(served('Bellweather')).toEqual(new Set(['OEM', 'DOR']))
  })
})

describe('the vendor scorecards of the demo', () => {
  it('carries the grade the server computes, from the contract rule', () => {
    for (const s of data.scorecards) {
      expect(s.grade).toBe(scorecardGrade(ratingsOf(s))?.grade ?? null)
    }
    const unrated = data.scorecards.filter((s) => Object.values(ratingsOf(s)).includes(null))
    expect(unrated.length).toBeGreaterThanOrEqual(3)
    // Ironbark's first card leaves innovation out: (2·1 + 2 + 2 + 1) / 5 = 1.4, an F.
    const first = data.scorecards.find(
      (s) => short(s.vendor_account_id) === 'Ironbark' && s.period === '2025-Q4',
    )
    expect(first && [first.innovation, scorecardGrade(ratingsOf(first))]).toEqual([
      null,
      { grade: 'F', mean: 1.4, rated: 4 },
    ])
  })

  it('scores every vendor in each of the last four finished quarters, one card per slot', () => {
    const slots = data.scorecards.map(
      (s) => `${short(s.vendor_account_id)}/${short(s.agency_account_id)}/${s.period}`,
    )
    expect(new Set(slots).size).toBe(slots.length)
    const vendors = data.accounts.filter((a) => a.org_id === data.demoOrgId && a.kind === 'vendor')
    expect(vendors).toHaveLength(6)
    for (const vendor of vendors) {
      const periods = data.scorecards
        .filter((s) => s.vendor_account_id === vendor.id)
        .map((s) => s.period)
      expect([vendor.short_name, new Set(periods)]).toEqual([
        vendor.short_name,
        new Set(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']),
      ])
    }
    expect(slots).toContain('Quillfeather/DMV/2026-Q3')
    expect(slots).toContain('Quillfeather/DOR/2026-Q3')
    expect(slots).toContain('Tessellate/-/2026-Q3')
  })

  it('tells a different story for each vendor: Copperline falling, Ironbark recovering', () => {
    const means = (name: string) =>
      data.scorecards
        .filter((s) => short(s.vendor_account_id) === name)
        .sort((a, b) => a.period.localeCompare(b.period))
        .map((s) => scorecardGrade(ratingsOf(s))?.mean ?? 0)
    const falling = (list: number[]) => list.every((m, i) => i === 0 || m < (list[i - 1] ?? 0))
    expect(falling(means('Copperline'))).toBe(true)
    expect(falling(means('Ironbark').reverse())).toBe(true)
    expect(Math.min(...means('Tessellate'))).toBeGreaterThanOrEqual(4.25)
  })
})

describe('the start, stop and continue of the demo', () => {
  const since = data.day0.getTime() - 180 * dayMs
  const recent = data.checkins.filter(
    (c) => c.org_id === data.demoOrgId && c.start_doing && c.occurred_at.getTime() >= since,
  )
  const said = (c: (typeof recent)[number]) =>
    [c.start_doing, c.stop_doing, c.continue_doing].join(' ').toLowerCase()
  const themes = [
    'shared analytics platform',
    'identity verification',
    'cloud costs',
    'cybersecurity training',
    'accessibility',
    'outcome-based contracts',
  ]

  it.each(themes)('has three or more agencies raise "%s" in the last 180 days', (theme) => {
    const raisedBy = recent
      .filter((c) => accounts.get(c.account_id)?.kind === 'agency' && said(c).includes(theme))
      .map((c) => short(c.account_id))
    expect(new Set(raisedBy).size).toBeGreaterThanOrEqual(3)
  })

  it('keeps one-off remarks beside the themes', () => {
    const oneOffs = recent.filter((c) => !themes.some((theme) => said(c).includes(theme)))
    expect(oneOffs.length).toBeGreaterThanOrEqual(3)
  })
})
