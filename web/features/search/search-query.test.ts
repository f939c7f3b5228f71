import { describe, expect, it } from 'vitest'
import { buildSearchIndex } from './search-index.ts'
import { createSearcher, refines, searchIndex } from './search-query.ts'
import { source } from './search-fixtures.ts'

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
