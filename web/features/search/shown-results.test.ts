import { describe, expect, it } from 'vitest'
import { source } from './search-fixtures.ts'
import { buildSearchIndex } from './search-index.ts'
import { searchIndex } from './search-query.ts'
import { showResults } from './shown-results.ts'

const index = buildSearchIndex(source)
const shownCheckin = (query: string, id: string) =>
  showResults(searchIndex(index, query))
    .groups.find((group) => group.kind === 'checkin')
    ?.entries.find((entry) => entry.id === id)

describe('results made ready to render', () => {
  it('mark the query words in the title and in the excerpt', () => {
    // k2: summary "Roadmap", notes "Budget review moved".
    const entry = shownCheckin('roadmap budget', 'k2')
    expect(entry?.title).toEqual([{ text: 'Roadmap', match: true }])
    expect(entry?.body).toEqual([
      { text: 'Budget', match: true },
      { text: ' review moved', match: false },
    ])
  })

  it('leave the folded haystack and the whole text behind, and keep the row', () => {
    const entry = shownCheckin('budget', 'k2')
    expect(entry).not.toHaveProperty('haystack')
    expect(JSON.stringify(entry)).not.toContain('roadmap\n')
    expect(entry?.kind === 'checkin' && entry.row.occurred_at).toBe('2026-11-20T10:00:00Z')
  })

  it('give an empty title when the row has none, for the screen to name it', () => {
    const entry = shownCheckin('budget', 'k1')
    expect(entry?.title).toEqual([])
  })

  it('keep the groups, their totals and the terms', () => {
    const shown = showResults(searchIndex(index, 'budget'))
    expect(shown.terms).toEqual(['budget'])
    expect(shown.groups.map((group) => [group.kind, group.total])).toEqual([
      ['contact', 1],
      ['checkin', 3],
      ['commitment', 2],
      ['value', 1],
      ['decision', 1],
    ])
  })
})
