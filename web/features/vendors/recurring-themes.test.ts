import { describe, expect, it } from 'vitest'
import { recurringThemes, type ThemeCheckin, type ThemeValueItem } from './recurring-themes.ts'
import { foldWord, themeWords } from './theme-words.ts'

const asOf = new Date('2026-12-01T12:00:00Z')
const daysAgo = (days: number) => new Date(asOf.getTime() - days * 86_400_000).toISOString()
const accounts = [
  { id: 'dot', kind: 'agency' as const, deleted_at: null },
  { id: 'dor', kind: 'agency' as const, deleted_at: null },
  { id: 'dhhs', kind: 'agency' as const, deleted_at: null },
  { id: 'cloudco', kind: 'vendor' as const, deleted_at: null },
]
let next = 0
const checkin = (account_id: string, start: string, ago = 10): ThemeCheckin => ({
  id: `c${next++}`,
  account_id,
  occurred_at: daysAgo(ago),
  start_doing: start,
  stop_doing: null,
  continue_doing: null,
  deleted_at: null,
})
const item = (account_id: string, title: string, ago = 10): ThemeValueItem => ({
  id: `v${next++}`,
  account_id,
  title,
  outcome: null,
  created_at: daysAgo(ago),
  updated_at: daysAgo(ago),
  deleted_at: null,
})
const themes = (checkins: ThemeCheckin[], valueItems: ThemeValueItem[] = []) =>
  recurringThemes({ checkins, valueItems, accounts }, asOf)

describe('theme words', () => {
  it('folds case, accents and plurals, keeping words that end in s of their own', () => {
    expect(['Platforms', 'Policies', 'Analysis', 'Access', 'Café'].map(foldWord)).toEqual([
      'platform',
      'policy',
      'analysis',
      'access',
      'cafe',
    ])
  })

  it('breaks runs at function words and punctuation so phrases never span them', () => {
    expect(
      themeWords('Share the analytics platform. #Identity!').map((w) => w?.key ?? null),
    ).toEqual(['share', null, 'analytic', 'platform', null, '#identity', null])
  })
})

describe('recurringThemes', () => {
  it('lists what several agencies raised, most widely raised first, with the rows behind it', () => {
    const rows = [
      checkin('dot', 'Put fleet data on the shared analytics platform'),
      checkin('dor', 'Use the analytics platform for refund fraud'),
      checkin('dhhs', 'An analytics platform for caseloads'),
      checkin('dor', 'Cloud cost reports'),
      checkin('dhhs', 'Cloud costs by program'),
    ]
    const found = themes(rows)
    // "analytics" and "platform" alone, "cloud" and "cost" alone: covered by their phrases.
    expect(found.map((t) => [t.label, t.accountIds.length])).toEqual([
      ['analytics platform', 3],
      ['cloud cost', 2],
    ])
    expect(found[0]?.sources.map((s) => s.id)).toEqual(['c0', 'c1', 'c2'])
  })

  it('counts an agency once however often it says it, and needs two agencies', () => {
    const rows = [
      checkin('dot', 'Identity verification for every portal'),
      checkin('dot', 'Identity verification again'),
    ]
    expect(themes(rows)).toEqual([])
  })

  it('reads value items too, and leaves out vendors, deleted rows and anything past 180 days', () => {
    const rows = [
      checkin('dot', 'Accessibility audits'),
      checkin('cloudco', 'Accessibility audits'),
      { ...checkin('dor', 'Accessibility audits'), deleted_at: daysAgo(1) },
      checkin('dhhs', 'Accessibility audits', 181),
    ]
    expect(themes(rows)).toEqual([])
    const withItem = themes(rows, [item('dor', 'Accessibility audits of the claims portal')])
    expect(withItem.map((t) => [t.label, t.accountIds])).toEqual([
      ['accessibility audits', ['dot', 'dor']],
    ])
    expect(withItem[0]?.sources.map((s) => s.kind)).toEqual(['checkin', 'value_item'])
  })

  it('prefers the longest phrase raised as widely, and never offers a generic word alone', () => {
    const rows = [
      checkin('dot', 'Put fleet data on the shared analytics platform'),
      checkin('dor', 'Move refund data to the shared analytics platform'),
      checkin('dhhs', 'Data quality first'),
    ]
    // "data" is raised by all three but says nothing alone; "shared analytics platform" holds
    // "analytics platform", "shared analytics", "analytics" and "platform", raised by the same two.
    expect(themes(rows).map((t) => t.label)).toEqual(['shared analytics platform'])
  })

  it('keeps a #tag as a theme of its own', () => {
    const rows = [checkin('dot', 'Pilot with #genai'), checkin('dor', '#GenAI guidance')]
    expect(themes(rows).map((t) => t.label)).toEqual(['#genai'])
  })
})
