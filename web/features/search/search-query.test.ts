import { describe, expect, it } from 'vitest'
import { buildSearchIndex } from './search-index.ts'
import { createSearcher, refines, searchIndex } from './search-query.ts'
import { checkin, source } from './search-fixtures.ts'

const index = buildSearchIndex(source)

describe('refines', () => {
  it('holds when every earlier word lies inside a new one', () => {
    expect(refines(['bud'], ['budget'])).toBe(true)
    expect(refines(['budget'], ['budget', 'cut'])).toBe(true)
    expect(refines(['udg'], ['cut', 'budget'])).toBe(true)
    expect(refines(['budget'], ['bud'])).toBe(false)
    expect(refines(['budget', 'cut'], ['budget'])).toBe(false)
  })
})

describe('createSearcher', () => {
  it('answers as a fresh search does, while typing on, deleting and changing words', () => {
    const search = createSearcher(index, 2)
    for (const query of [
      'b',
      'bu',
      'budget',
      'budget r',
      'budget roadmap',
      'budget',
      'roadmap',
      'x',
      'santé',
    ]) {
      expect(search(query)).toEqual(searchIndex(index, query, 2))
    }
  })

  it('gives back the same object for the same words, so nothing renders again', () => {
    const search = createSearcher(index)
    const first = search('budget roadmap')
    expect(search(' Roadmap  BUDGET ')).toBe(first)
  })
})

describe('search speed', () => {
  // A guard against a slow algorithm, not a benchmark: about 5 ms per query on a quiet laptop,
  // bounded loosely so a busy CI machine does not fail it. The browser figure is in the notes.
  it('searches 10 000 check-ins quickly', () => {
    const words = ['budget', 'cloud', 'network', 'staffing', 'security', 'migration', 'vendor']
    const many = Array.from({ length: 10_000 }, (_, n) =>
      checkin(
        `m${n}`,
        new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toISOString(),
        `Visit ${n}: talked about ${words[n % 7]} and ${words[(n * 3) % 7]}. `.repeat(8),
      ),
    )
    const big = buildSearchIndex({ ...source, checkins: many })
    const started = performance.now()
    for (const query of ['b', 'bu', 'bud', 'budg', 'budge', 'budget', 'budget cl']) {
      searchIndex(big, query)
    }
    const perQuery = (performance.now() - started) / 7
    expect(perQuery).toBeLessThan(250)
  })
})
