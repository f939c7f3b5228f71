import { describe, expect, it } from 'vitest'
import { buildSearchIndex, createIndexBuilder } from './search-index.ts'
import { searchIndex } from './search-query.ts'
import { source } from './search-fixtures.ts'

const index = buildSearchIndex(source)
const ids = (query: string, limit?: number) =>
  searchIndex(index, query, limit).groups.map((g) => [g.kind, g.entries.map((e) => e.id), g.total])

describe('searchIndex', () => {
  it('finds every kind of row holding the word, grouped, in list order', () => {
    expect(ids('budget')).toEqual([
      ['contact', ['c1'], 1],
      ['checkin', ['k4', 'k2', 'k1'], 3],
      ['commitment', ['i2', 'i1'], 2],
      ['value', ['v1'], 1],
      ['decision', ['d1'], 1],
    ])
  })

  it('needs every word of the query, across fields, in any order', () => {
    expect(ids('roadmap budget')).toEqual([
      ['checkin', ['k2'], 1],
      ['commitment', ['i2'], 1],
    ])
    expect(ids('budget nowhere')).toEqual([])
  })

  it('ignores case and accents both ways', () => {
    expect(ids('SANTE')).toEqual([['account', ['a2'], 1]])
    expect(ids('départ')).toEqual([['account', ['a2', 'a1'], 2]])
  })

  it('searches short names and contact titles', () => {
    expect(ids('dot')).toEqual([['account', ['a1'], 1]])
    expect(ids('chief')).toEqual([['contact', ['c1'], 1]])
  })

  it('never finds deleted rows, rows of deleted accounts, or others’ private check-ins', () => {
    expect(ids('gone')).toEqual([])
    expect(ids('orphan')).toEqual([])
    expect(ids('worry')).toEqual([])
  })

  it('caps each group but counts every match', () => {
    expect(ids('budget', 1)).toEqual([
      ['contact', ['c1'], 1],
      ['checkin', ['k4'], 3],
      ['commitment', ['i2'], 2],
      ['value', ['v1'], 1],
      ['decision', ['d1'], 1],
    ])
  })

  it('answers nothing to an empty query', () => {
    expect(searchIndex(index, '   ')).toEqual({ terms: [], groups: [], total: 0 })
  })

  it('links each result to its screen', () => {
    const [contact] = searchIndex(index, 'ana').groups
    expect(contact?.entries[0]?.href).toBe('/relationships/a1/contacts')
    expect(searchIndex(index, 'cut').groups[0]?.entries[0]?.href).toBe('/checkins/k1')
    expect(searchIndex(index, 'fleet').groups[0]?.entries[0]?.href).toBe('/value/v1')
    expect(searchIndex(index, 'identity').groups[0]?.entries[0]?.href).toBe('/decisions/d1')
  })

  it('names where a decision was taken: its forum, else its relationship', () => {
    const [decisions] = searchIndex(index, 'one identity').groups
    expect(decisions?.entries.map((e) => e.accountName)).toEqual(['IT Governance Council'])
    const [fax] = searchIndex(index, 'fax').groups
    expect(fax?.entries.map((e) => e.accountName)).toEqual(['Department of Transportation'])
  })
})

describe('createIndexBuilder', () => {
  it('reuses the folded text of unchanged rows and refolds changed ones', () => {
    const build = createIndexBuilder()
    const first = build(source)
    const [k1, ...rest] = source.checkins
    if (!k1) throw new Error('the fixture has check-ins')
    const edited = {
      ...k1,
      notes: 'Now about Zebras',
      updated_at: '2026-11-02T00:00:00Z',
    }
    const second = build({ ...source, checkins: [edited, ...rest] })
    const haystackOf = (index: typeof first, id: string) =>
      index.checkin.find((e) => e.id === id)?.haystack
    expect(haystackOf(second, 'k2')).toBe(haystackOf(first, 'k2'))
    expect(haystackOf(second, 'k1')).toContain('zebras')
    expect(searchIndex(second, 'zebras').total).toBe(1)
  })
})
