import { describe, expect, it } from 'vitest'
import { foldsInPlace, foldText, matchesAll, queryTerms } from './fold-text.ts'

describe('foldText', () => {
  it('lower-cases and takes accents off', () => {
    expect(foldText('Café Ñandú ÉBÈNE')).toBe('cafe nandu ebene')
    expect(foldText('Plain ASCII')).toBe('plain ascii')
  })

  it('folds accents written as separate combining marks', () => {
    expect(foldText('Cafe\u0301')).toBe('cafe')
  })
})

describe('foldsInPlace', () => {
  it('holds when every unit folds to one unit', () => {
    expect(foldsInPlace('Café İstanbul', foldText('Café İstanbul'))).toBe(true)
  })

  it('fails when an accent mark is dropped or a letter grows', () => {
    expect(foldsInPlace('Cafe\u0301', foldText('Cafe\u0301'))).toBe(false)
    expect(foldsInPlace('한국', foldText('한국'))).toBe(false)
  })
})

describe('queryTerms', () => {
  it('splits on any white space, folds and drops repeats', () => {
    expect(queryTerms('  Budget\tCAFÉ\nbudget ')).toEqual(['budget', 'cafe'])
    expect(queryTerms('   ')).toEqual([])
  })
})

describe('matchesAll', () => {
  it('needs every word, anywhere, in any order', () => {
    expect(matchesAll('budget cut in q3', ['cut', 'budget'])).toBe(true)
    expect(matchesAll('budget cut in q3', ['cut', 'cloud'])).toBe(false)
    expect(matchesAll('anything', [])).toBe(true)
  })
})
