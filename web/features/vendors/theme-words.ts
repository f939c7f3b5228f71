/** English function words: they break a phrase ("cloud costs *for* programs"). */
const functionWords = new Set(
  `a about above after again against all also am an and any are as at be because been before
  being below between both but by can could did do does doing done down during each even ever
  every few for from further get gets getting got had has have having he her here hers him his
  how i if in into is it its itself just keep let lets like made make makes making many may me
  might more most much must my new next no nor not now of off on once one only or other our
  ours out over own per put quite rather really same she should so some still such than that
  the their theirs them then there these they this those through to too under until up upon us
  very via was we well were what when where which while who whom why will with within without
  would yet you your yours
  start stop continue keeps kept bring brings give gives show shows use using used ask asks
  take takes send sends`.split(/\s+/),
)

/**
 * The words of every conversation in a CIO's office ("agency", "data", "system"): part of a
 * phrase ("fleet data"), never a theme alone.
 */
const genericWords = new Set(
  `agency state team need want way thing time work working better less lot month monthly week
  weekly year quarter day people everyone anyone someone first last early late sooner data
  information system service program project process technology digital support plan share
  shared improve issue change office staff user`.split(/\s+/),
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
  /** A word that says something only inside a phrase. */
  generic: boolean
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
    if ((key.length < 3 && !key.startsWith('#')) || functionWords.has(key)) breakRun()
    else words.push({ text: token, key, generic: genericWords.has(key) })
  }
  if (/\S/.test(text.slice(end))) breakRun()
  return words
}
