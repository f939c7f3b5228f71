import { describe, expect, it } from 'vitest'
import { excerpt, highlightParts, matchRanges } from './highlight.ts'

const marked = (text: string, terms: string[]) =>
  highlightParts(text, terms)
    .map((part) => (part.match ? `[${part.text}]` : part.text))
    .join('')

describe('highlightParts', () => {
  it('marks every occurrence of every word, whatever the case', () => {
    expect(marked('Budget cut; the BUDGET is cut', ['budget', 'cut'])).toBe(
      '[Budget] [cut]; the [BUDGET] is [cut]',
    )
  })

  it('marks accented text found by an unaccented query, keeping the original letters', () => {
    expect(marked('Réunion au Café', ['cafe', 'reunion'])).toBe('[Réunion] au [Café]')
    expect(marked('Cafe\u0301 noir', ['cafe'])).toBe('[Cafe\u0301] noir')
  })

  it('merges overlapping and touching matches into one mark', () => {
    expect(marked('roadmap', ['road', 'dmap'])).toBe('[roadmap]')
    expect(marked('abcabc', ['abc'])).toBe('[abcabc]')
  })

  it('keeps letters that fold to two units aligned', () => {
    // 'İ' lower-cases to 'i' plus a combining dot, which folding then removes.
    expect(marked('İstanbul office', ['office'])).toBe('İstanbul [office]')
    expect(marked('İstanbul office', ['istanbul'])).toBe('[İstanbul] office')
  })

  it('leaves text without matches as one plain part', () => {
    expect(highlightParts('Nothing here', ['budget'])).toEqual([
      { text: 'Nothing here', match: false },
    ])
    expect(highlightParts('', ['budget'])).toEqual([{ text: '', match: false }])
  })

  it('treats markup in user text as plain text', () => {
    expect(marked('<b>bold</b>', ['bold'])).toBe('<b>[bold]</b>')
  })
})

describe('matchRanges', () => {
  it('gives ranges of the original string', () => {
    expect(matchRanges('Café budget', ['cafe'])).toEqual([[0, 4]])
    expect(matchRanges('Café budget', [])).toEqual([])
  })
})

describe('excerpt', () => {
  const long = `${'word '.repeat(60)}the budget was cut ${'more '.repeat(60)}`.trim()

  it('keeps short text whole, with its white space run together', () => {
    expect(excerpt('Line one\n\nline two', ['two'])).toBe('Line one line two')
  })

  it('cuts long text around the first match, at spaces, with ellipses', () => {
    const cut = excerpt(long, ['budget'], 60)
    expect(cut.startsWith('…word ')).toBe(true)
    expect(cut.endsWith('…')).toBe(true)
    expect(cut).toContain('the budget was cut')
    expect(cut.length).toBeLessThanOrEqual(62)
  })

  it('finds the match behind accented text too', () => {
    const accented = `${'Réunion café '.repeat(30)}the budget was cut ${'more '.repeat(40)}`
    expect(excerpt(accented, ['budget'], 60)).toContain('the budget was cut')
  })

  it('starts at the beginning when the match is near it', () => {
    expect(excerpt(`budget ${long}`, ['budget'], 40).startsWith('budget word')).toBe(true)
  })
})
