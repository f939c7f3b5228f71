// The combining diacritical blocks: accents. Other scripts' marks (vowel signs) carry meaning.
// A class of lone marks is the point here (several times faster than \p{M} on long notes).
// eslint-disable-next-line no-misleading-character-class
const accents = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g
// eslint-disable-next-line no-misleading-character-class
const anyAccent = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/
// Printable ASCII and white space have no accents to fold: the common case takes the fast path.
const ascii = /^[ -~\s]*$/
const notAscii = /[^ -~\s]/g
const foldedChars = new Map<string, string>()

// Decomposing only the characters that need it, each once, is several times faster than
// normalising whole notes (and equal to it once the accents are gone).
function foldChar(char: string): string {
  let folded = foldedChars.get(char)
  if (folded === undefined) {
    folded = char.normalize('NFD').replace(accents, '')
    foldedChars.set(char, folded)
  }
  return folded
}

/**
 * Whether folding a text only lower-cases it, one unit for one (printable ASCII, white space).
 *
 * @example
 * isPlainText('Budget cut') // true
 */
export function isPlainText(text: string): boolean {
  return ascii.test(text)
}

/**
 * Text as search compares it: lower case, accents taken off ("Ébène" → "ebene"), so a query
 * typed without accents finds words written with them.
 *
 * @example
 * foldText('Café Ñandú') // 'cafe nandu'
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase()
  if (isPlainText(lower)) return lower
  return lower.replace(notAscii, foldChar)
}

/**
 * Whether a text's folded form lines up with it unit for unit, so positions in one are positions
 * in the other: nothing was dropped (no separate accent marks) and nothing grew.
 *
 * @example
 * foldsInPlace('Café', foldText('Café')) // true
 * foldsInPlace('Cafe\u0301', 'cafe') // false
 */
export function foldsInPlace(text: string, folded: string): boolean {
  return folded.length === text.length && !anyAccent.test(text)
}

/**
 * The words of a query, folded, each to be found somewhere in a result (AND); repeats dropped.
 *
 * @example
 * queryTerms('  Budget  CAFÉ budget ') // ['budget', 'cafe']
 */
export function queryTerms(query: string): string[] {
  return [...new Set(foldText(query).split(/\s+/u).filter(Boolean))]
}

/**
 * Whether a folded haystack holds every term.
 *
 * @example
 * matchesAll('budget cut in q3', ['cut', 'budget']) // true
 */
export function matchesAll(haystack: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!haystack.includes(term)) return false
  return true
}
