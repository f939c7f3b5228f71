/** A cell of a spreadsheet: text, a number, or nothing. */
export type CsvCell = string | number | null | undefined

/** A whole file's content before serialising: the header row and the data rows. */
export interface CsvTable {
  header: readonly string[]
  rows: readonly (readonly CsvCell[])[]
}

// A spreadsheet reads a cell starting with one of these as a formula (tab and CR are how the
// prefixes are smuggled past a check that trims).
const formulaStarts = ['=', '+', '-', '@', '\t', '\r']
const needsQuotes = /[",\r\n]/

/**
 * One cell as RFC 4180 writes it, safe to open in a spreadsheet: text that a spreadsheet would
 * run as a formula gets a leading `'`; a field with a quote, comma, CR or LF is quoted with its
 * quotes doubled. Numbers stay numbers (a negative number is not text and is not prefixed);
 * null, undefined and a number that is not finite are empty.
 *
 * @example
 * csvCell('Said "yes", then left') // '"Said ""yes"", then left"'
 * csvCell('=1+1')                  // "'=1+1"
 * csvCell(-12.5)                   // '-12.5'
 */
export function csvCell(value: CsvCell): string {
  if (value == null) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const safe = formulaStarts.some((start) => value.startsWith(start)) ? `'${value}` : value
  return needsQuotes.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/**
 * A whole CSV file: a byte order mark (so Excel reads UTF-8 accents), the header row, then each
 * row, every line ended by CRLF.
 *
 * @example
 * toCsv({ header: ['Title', 'Score'], rows: [['Café', 4]] }) // '\uFEFFTitle,Score\r\nCafé,4\r\n'
 */
export function toCsv(table: CsvTable): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(csvCell).join(','))
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`
}
