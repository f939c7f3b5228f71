/**
 * Words that carry no theme of their own: English function words and the words of every
 * conversation in a CIO's office ("agency", "team", "need"). Lower case, folded.
 */
const stopWords = new Set(
  `a about above after again against all also am an and any are as at be because been before
  being below between both but by can could did do does doing done down during each even ever
  every few for from further get gets getting got had has have having he her here hers him his
  how i if in into is it its itself just keep let lets like made make makes making many may me
  might more most much must my new next no nor not now of off on once one only or other our
  ours out over own per put quite rather really same she should so some still such than that
  the their theirs them then there these they this those through to too under until up upon us
  very via was we well were what when where which while who whom why will with within without
  would yet you your yours
  agency agencies state team teams need needs want wants way ways thing things time times
  work works working better more less lot lots start stop continue doing keep keeps kept
  month monthly week weekly year years quarter day days people everyone anyone someone
  first last early late sooner bring brings give gives show shows use using used`.split(/\s+/),
)

/**
 * A word folded for matching: lower case, accents off, and a plural's "s" dropped so that
 * "platforms" and "platform" meet ("analysis" and "access" keep theirs).
 *
 * @example
 * foldWord('Platforms') // 'platform'
 */
export function foldWord(word: string): string {
  const folded = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  if (folded.length > 4 && folded.endsWith('ies')) return `${folded.slice(0, -3)}y`
  if (folded.length > 4 && /[^su]s$/.test(folded) && !folded.endsWith('is')) {
    return folded.slice(0, -1)
  }
  return folded
}

/** One word of a text, as written and folded. */
export interface ThemeWord {
  text: string
  key: string
}

/**
 * The theme-bearing words of a text in order, with `null` where a run is broken (a function
 * word, punctuation), so neighbours can be paired into phrases. `#tags` keep their `#`.
 *
 * @example
 * themeWords('Share the analytics platform.') // [share, null, analytics, platform, null]
 */
export function themeWords(text: string): (ThemeWord | null)[] {
  const words: (ThemeWord | null)[] = []
  const breakRun = () => {
    if (words.length > 0 && words.at(-1) !== null) words.push(null)
  }
  let end = 0
  for (const match of text.matchAll(/#?\p{L}[\p{L}\p{N}'’-]*/gu)) {
    if (/\S/.test(text.slice(end, match.index))) breakRun()
    end = match.index + match[0].length
    const token = match[0].replace(/['’-]+$/, '').replace(/['’]s$/, '')
    const key = token.startsWith('#') ? `#${foldWord(token.slice(1))}` : foldWord(token)
    if ((key.length < 3 && !key.startsWith('#')) || stopWords.has(key)) breakRun()
    else words.push({ text: token, key })
  }
  if (/\S/.test(text.slice(end))) breakRun()
  return words
}
