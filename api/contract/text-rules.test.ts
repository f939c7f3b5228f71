import { describe, expect, it } from 'vitest'
import { writableFields } from './tables.ts'
import { overLimit, storedText, textLimit } from './text-rules.ts'

describe('storedText', () => {
  it('trims a text and makes a blank one null', () => {
    expect(storedText('  Met the CIO \n')).toBe('Met the CIO')
    expect(storedText(' \n\t ')).toBeNull()
  })
})

describe('overLimit', () => {
  const summary = writableFields.checkins.shape.summary
  it('reads the limit from the column’s schema', () => {
    expect(textLimit(summary)).toBe(4000)
    expect(textLimit(writableFields.accounts.shape.name)).toBe(200)
  })

  it('measures the text as stored, without its surrounding blanks', () => {
    expect(overLimit(summary, ` ${'x'.repeat(4000)} `)).toBeNull()
    expect(overLimit(summary, 'x'.repeat(4001))).toEqual({ length: 4001, max: 4000 })
  })

  it('agrees with the server’s schema, which trims before it measures', () => {
    for (const text of [` ${'x'.repeat(4000)} `, 'x'.repeat(4001), '   ']) {
      expect(summary.safeParse(text).success, JSON.stringify(text.length)).toBe(
        overLimit(summary, text) === null,
      )
    }
  })
})
