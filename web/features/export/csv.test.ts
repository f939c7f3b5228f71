import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from './csv.ts'

describe('csvCell', () => {
  it('leaves plain text bare', () => {
    expect(csvCell('Department of Revenue')).toBe('Department of Revenue')
  })

  it('quotes a field with a comma, a quote, a CR or an LF, doubling its quotes', () => {
    expect(csvCell('Budget, staffing')).toBe('"Budget, staffing"')
    expect(csvCell('The "cloud" plan')).toBe('"The ""cloud"" plan"')
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"')
    expect(csvCell('line one\r\nline two')).toBe('"line one\r\nline two"')
    expect(csvCell('"')).toBe('""""')
  })

  it.each([
    ['=HYPERLINK("http://evil.test","x")', `"'=HYPERLINK(""http://evil.test"",""x"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1', "'\t=1"],
    // A leading CR is a line break too, so the prefixed cell is also quoted.
    ['\r=1', `"'\r=1"`],
  ])('prefixes text that a spreadsheet would run as a formula: %j', (text, written) => {
    expect(csvCell(text)).toBe(written)
  })

  it('prefixes only at the start: a formula sign inside the text is harmless', () => {
    expect(csvCell('a=b')).toBe('a=b')
    expect(csvCell('e-mail')).toBe('e-mail')
  })

  it('writes numbers as numbers, a negative one unprefixed, and text that looks negative prefixed', () => {
    expect(csvCell(4)).toBe('4')
    expect(csvCell(0)).toBe('0')
    expect(csvCell(1250.5)).toBe('1250.5')
    expect(csvCell(-12.5)).toBe('-12.5')
    expect(csvCell('-12.5')).toBe("'-12.5")
  })

  it('writes null, undefined, empty text and a number that is not finite as empty', () => {
    expect(csvCell(null)).toBe('')
    expect(csvCell(undefined)).toBe('')
    expect(csvCell('')).toBe('')
    expect(csvCell(Number.NaN)).toBe('')
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('')
  })
})

describe('toCsv', () => {
  const table = {
    header: ['Title', 'Notes', 'Pulse'],
    rows: [
      ['Café visit', 'Said "yes",\nthen left', 4],
      ['=cmd', null, -1],
    ],
  }

  it('starts with a byte order mark and ends every line, the last too, with CRLF', () => {
    const text = toCsv(table)
    expect(text.startsWith('\uFEFFTitle,Notes,Pulse\r\n')).toBe(true)
    expect(text).toBe(
      '\uFEFFTitle,Notes,Pulse\r\n' +
        'Café visit,"Said ""yes"",\nthen left",4\r\n' +
        "'=cmd,,-1\r\n",
    )
  })

  it('is only a header row when there are no rows', () => {
    expect(toCsv({ header: ['A', 'B'], rows: [] })).toBe('\uFEFFA,B\r\n')
  })

  it('reads back with a standard parser to the same cells, formulas defused', () => {
    const records = parse(toCsv(table), { bom: true, columns: true }) as Record<string, string>[]
    expect(records).toEqual([
      { Title: 'Café visit', Notes: 'Said "yes",\nthen left', Pulse: '4' },
      { Title: "'=cmd", Notes: '', Pulse: '-1' },
    ])
  })
})
