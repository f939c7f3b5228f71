import { describe, expect, it } from 'vitest'
import { formatValue, parseValueInput, percentText } from './value-format.ts'

describe('formatValue', () => {
  it('writes units the way people do', () => {
    expect(formatValue(410, '$')).toBe('$410')
    expect(formatValue(2_100_000, '$')).toBe('$2.1M')
    expect(formatValue(-1500, '$')).toBe('-$1,500')
    expect(formatValue(84.5, '%')).toBe('84.5%')
    expect(formatValue(35, 'minutes')).toBe('35 minutes')
    expect(formatValue(1234.567, null)).toBe('1,234.57')
  })
})

describe('parseValueInput', () => {
  it('reads numbers with separators and signs, and tells empty from wrong', () => {
    expect(parseValueInput('$1,250.5')).toBe(1250.5)
    expect(parseValueInput(' 84 % ')).toBe(84)
    expect(parseValueInput('-3')).toBe(-3)
    expect(parseValueInput('.5')).toBe(0.5)
    expect(parseValueInput('')).toBeNull()
    expect(parseValueInput('   ')).toBeNull()
    expect(parseValueInput('abc')).toBeUndefined()
    expect(parseValueInput('1.2.3')).toBeUndefined()
    expect(parseValueInput('$')).toBeUndefined()
    expect(parseValueInput('1e400')).toBeUndefined()
    expect(parseValueInput('1,234,567')).toBe(1234567)
    expect(parseValueInput('2,5')).toBeUndefined()
    expect(parseValueInput('1,2,3')).toBeUndefined()
    expect(parseValueInput('12,34.5')).toBeUndefined()
    expect(parseValueInput('-')).toBeUndefined()
  })
})

describe('percentText', () => {
  it('rounds to a whole percent', () => {
    expect(percentText(13 / 28)).toBe('46%')
    expect(percentText(1)).toBe('100%')
  })
})
