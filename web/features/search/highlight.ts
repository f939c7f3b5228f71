import { foldsInPlace, foldText } from './fold-text.ts'

/** A run of text, marked when it matched a query word. */
export interface TextPart {
  text: string
  match: boolean
}

type Range = [start: number, end: number]

/**
 * The text folded one character at a time, with where each folded unit came from, so a match
 * in the folded text maps back to the original (accents and letters that fold to two units);
 * most text needs no map (null), as its folded units line up with the original.
 */
function foldWithOrigins(text: string) {
  const whole = foldText(text)
  if (foldsInPlace(text, whole)) return { folded: whole, starts: null, ends: null }
  const pieces: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  let index = 0
  for (const char of text) {
    // ASCII needs only lower-casing; folding one character at a time is kept for the rest.
    const piece = char.charCodeAt(0) < 128 ? char.toLowerCase() : foldText(char)
    for (let unit = 0; unit < piece.length; unit += 1) {
      starts.push(index)
      ends.push(index + char.length)
    }
    pieces.push(piece)
    index += char.length
  }
  return { folded: pieces.join(''), starts, ends }
}

/**
 * Where the query words occur in a text, as merged [start, end) ranges of the original string,
 * compared as search compares (lower case, accents folded). Combining accents after a match
 * stay with it.
 *
 * @example
 * matchRanges('Café budget', ['cafe']) // [[0, 4]]
 */
export function matchRanges(text: string, terms: readonly string[]): Range[] {
  if (!text || terms.length === 0) return []
  const { folded, starts, ends } = foldWithOrigins(text)
  const found: Range[] = []
  for (const term of terms) {
    let at = folded.indexOf(term)
    while (at !== -1) {
      if (!starts || !ends) {
        found.push([at, at + term.length])
      } else {
        let end = ends[at + term.length - 1] ?? text.length
        while (end < text.length && foldText(text.slice(end, end + 1)) === '') end += 1
        found.push([starts[at] ?? 0, end])
      }
      at = folded.indexOf(term, at + term.length)
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: Range[] = []
  for (const range of found) {
    const last = merged.at(-1)
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([range[0], range[1]])
  }
  return merged
}

/**
 * The text cut into runs, the matched ones marked, for rendering with `<mark>` (as text, never
 * as HTML).
 *
 * @example
 * highlightParts('Budget cut', ['cut'])
 * // [{ text: 'Budget ', match: false }, { text: 'cut', match: true }]
 */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  const parts: TextPart[] = []
  let at = 0
  for (const [start, end] of matchRanges(text, terms)) {
    if (start > at) parts.push({ text: text.slice(at, start), match: false })
    parts.push({ text: text.slice(start, end), match: true })
    at = end
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), match: false })
  return parts
}

/**
 * Where the first query word first occurs in folded text; folding keeps most texts' length, so
 * this is close enough to place an excerpt without mapping every character back.
 */
function firstMatch(text: string, terms: readonly string[]): number {
  const folded = foldText(text)
  let first = -1
  for (const term of terms) {
    const at = folded.indexOf(term)
    if (at !== -1 && (first === -1 || at < first)) first = at
  }
  return Math.max(0, Math.min(first, text.length))
}

/**
 * A short excerpt of a long text around its first match, cut at spaces, with "…" where text was
 * left out; white space (line breaks too) runs together.
 */
export function excerpt(text: string, terms: readonly string[], length = 160): string {
  const flat = text.replace(/\s+/gu, ' ').trim()
  if (flat.length <= length) return flat
  const first = firstMatch(flat, terms)
  let start = Math.max(0, first - Math.floor(length / 4))
  if (start > 0) {
    const space = flat.indexOf(' ', start)
    start = space !== -1 && space < first ? space + 1 : start
  }
  let end = Math.min(flat.length, start + length)
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end)
    end = space > first ? space : end
  }
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`
}
