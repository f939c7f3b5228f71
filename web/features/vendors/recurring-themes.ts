import type { LocalRow } from '../../local/local-db.ts'
import { themeWords, type ThemeWord } from './theme-words.ts'

const dayMs = 86_400_000
export const themeWindowDays = 180
const maxPhraseWords = 3

export type ThemeCheckin = Pick<
  LocalRow<'checkins'>,
  | 'id'
  | 'account_id'
  | 'occurred_at'
  | 'start_doing'
  | 'stop_doing'
  | 'continue_doing'
  | 'deleted_at'
>
export type ThemeValueItem = Pick<
  LocalRow<'value_items'>,
  'id' | 'account_id' | 'title' | 'outcome' | 'created_at' | 'updated_at' | 'deleted_at'
>
export type ThemeAccount = Pick<LocalRow<'accounts'>, 'id' | 'kind' | 'deleted_at'>

/** Where a theme was heard: one check-in's start/stop/continue, or one value item. */
export interface ThemeSource {
  kind: 'checkin' | 'value_item'
  id: string
  accountId: string
}

export interface Theme {
  /** The words as most often written, e.g. 'analytics platform' or '#identity'. */
  label: string
  /** The relationships that raised it (never vendors), each once. */
  accountIds: string[]
  sources: ThemeSource[]
}

interface Tally {
  key: string
  forms: Map<string, number>
  accountIds: Set<string>
  sources: ThemeSource[]
  phrase: boolean
}

const words = (tally: Tally) => tally.key.split(' ')

/** Whether `longer` holds all of `shorter`'s words in a row and was raised by all it was. */
function covers(longer: Tally, shorter: Tally): boolean {
  const inner = words(shorter)
  const outer = words(longer)
  if (outer.length <= inner.length) return false
  const contained = outer.some((_, at) => inner.every((word, i) => outer[at + i] === word))
  return contained && [...shorter.accountIds].every((id) => longer.accountIds.has(id))
}

function tallyText(tallies: Map<string, Tally>, text: string, source: ThemeSource) {
  const words = themeWords(text)
  const seen = new Set<string>()
  const count = (key: string, form: string, phrase: boolean) => {
    const tally: Tally = tallies.get(key) ?? {
      key,
      forms: new Map(),
      accountIds: new Set(),
      sources: [],
      phrase,
    }
    tally.forms.set(form, (tally.forms.get(form) ?? 0) + 1)
    tally.accountIds.add(source.accountId)
    if (!seen.has(key)) tally.sources.push(source)
    seen.add(key)
    tallies.set(key, tally)
  }
  words.forEach((_, start) => {
    // Phrases of up to three words in a run, each with at least one word that is not generic.
    for (let length = 1; length <= maxPhraseWords; length++) {
      const run = words.slice(start, start + length)
      if (run.length < length || run.some((word) => word === null)) return
      const phrase = run as ThemeWord[]
      if (phrase.every((word) => word.generic)) continue
      const key = phrase.map((word) => word.key).join(' ')
      count(key, phrase.map((word) => word.text.toLowerCase()).join(' '), length > 1)
    }
  })
}

function label(tally: Tally): string {
  const forms = [...tally.forms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  return forms[0]?.[0] ?? tally.key
}

/**
 * The themes that recur across relationships: words and phrases of up to three words (and
 * `#tags`) of the start / stop / continue of check-ins and of value items (title and outcome)
 * from the last 180 days, raised by at least `minAccounts` different relationships other than
 * vendors, most widely raised first. A word or phrase is left out when a longer phrase holding
 * it was raised by the same relationships: "shared analytics platform" says more than
 * "analytics platform", which says more than "platform"; words like "data" count only inside
 * a phrase.
 *
 * @example
 * recurringThemes({ checkins, valueItems, accounts }, new Date())[0]
 * // { label: 'analytics platform', accountIds: [dot, dhhs, dor], sources: […] }
 */
export function recurringThemes(
  rows: {
    checkins: readonly ThemeCheckin[]
    valueItems: readonly ThemeValueItem[]
    accounts: readonly ThemeAccount[]
  },
  asOf: Date,
  options: { minAccounts?: number; limit?: number } = {},
): Theme[] {
  const { minAccounts = 2, limit = 12 } = options
  const from = asOf.getTime() - themeWindowDays * dayMs
  const inWindow = (at: string) => {
    const time = Date.parse(at)
    return time > from && time <= asOf.getTime()
  }
  const served = new Set(
    rows.accounts.filter((a) => !a.deleted_at && a.kind !== 'vendor').map((a) => a.id),
  )
  const tallies = new Map<string, Tally>()
  for (const checkin of rows.checkins) {
    if (checkin.deleted_at || !served.has(checkin.account_id) || !inWindow(checkin.occurred_at)) {
      continue
    }
    const source = { kind: 'checkin' as const, id: checkin.id, accountId: checkin.account_id }
    const text = [checkin.start_doing, checkin.stop_doing, checkin.continue_doing]
    tallyText(tallies, text.filter(Boolean).join('. '), source)
  }
  for (const item of rows.valueItems) {
    if (item.deleted_at || !served.has(item.account_id) || !inWindow(item.updated_at)) continue
    const source = { kind: 'value_item' as const, id: item.id, accountId: item.account_id }
    tallyText(tallies, [item.title, item.outcome].filter(Boolean).join('. '), source)
  }
  const ranked = [...tallies.values()]
    .filter((tally) => tally.accountIds.size >= minAccounts)
    .sort(
      (a, b) =>
        b.accountIds.size - a.accountIds.size ||
        words(b).length - words(a).length ||
        b.sources.length - a.sources.length ||
        a.key.localeCompare(b.key),
    )
  const chosen: Tally[] = []
  for (const tally of ranked) {
    if (ranked.some((other) => covers(other, tally))) continue
    chosen.push(tally)
    if (chosen.length === limit) break
  }
  return chosen.map((tally) => ({
    label: label(tally),
    accountIds: [...tally.accountIds],
    sources: tally.sources,
  }))
}
