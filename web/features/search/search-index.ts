import { mayRead } from '../../../api/contract/privacy.ts'
import type { Fields } from '../../../api/contract/tables.ts'
import {
  checkinDetailHref,
  contactsHref,
  decisionHref,
  relationshipHref,
  valueItemHref,
} from '../../app/routes.ts'
import { foldText } from './fold-text.ts'

export type ResultKind = 'account' | 'contact' | 'checkin' | 'commitment' | 'value' | 'decision'
export const resultKinds: readonly ResultKind[] = [
  'account',
  'contact',
  'checkin',
  'commitment',
  'value',
  'decision',
]

type Live = { id: string; deleted_at: string | null; updated_at: string; version: number | null }
type Account = Live & Pick<Fields<'accounts'>, 'name' | 'short_name' | 'kind' | 'status'>
type Contact = Live & Pick<Fields<'contacts'>, 'account_id' | 'name' | 'title'>
type Checkin = Live & { author_id: string } & Pick<
    Fields<'checkins'>,
    | 'account_id'
    | 'occurred_at'
    | 'kind'
    | 'summary'
    | 'notes'
    | 'start_doing'
    | 'stop_doing'
    | 'continue_doing'
    | 'visibility'
  >
type Item = Live &
  Pick<
    Fields<'action_items'>,
    'account_id' | 'title' | 'details' | 'status' | 'due_on' | 'owner_side'
  >

type ValueItem = Live &
  Pick<Fields<'value_items'>, 'account_id' | 'title' | 'outcome' | 'metric' | 'stage'>

type Decision = Live &
  Pick<
    Fields<'decisions'>,
    'forum_id' | 'account_id' | 'title' | 'rationale' | 'status' | 'decided_on'
  >
type Forum = Live & Pick<Fields<'forums'>, 'name'>

/** What the device holds, as search reads it. */
export interface SearchSource {
  accounts: readonly Account[]
  contacts: readonly Contact[]
  checkins: readonly Checkin[]
  items: readonly Item[]
  valueItems: readonly ValueItem[]
  decisions: readonly Decision[]
  /** Read for their names only: a decision is shown with its forum's. */
  forums: readonly Forum[]
  /** The signed-in person: another person's private check-ins are never searched. */
  userId: string
}

interface EntryBase {
  id: string
  href: string
  /** Searched and shown highlighted: the result's first line. */
  title: string
  /** Searched and shown highlighted: the longer text, as an excerpt around the first match. */
  body: string
  /** The relationship the row belongs to ('' for a relationship itself). */
  accountName: string
  /** title, body and the other searched fields, folded once per change of the data. */
  haystack: string
}

/** One searchable row, with the row itself for the facts shown but not searched. */
export type IndexEntry = EntryBase &
  (
    | { kind: 'account'; row: Account }
    | { kind: 'contact'; row: Contact }
    | { kind: 'checkin'; row: Checkin }
    | { kind: 'commitment'; row: Item }
    | { kind: 'value'; row: ValueItem }
    | { kind: 'decision'; row: Decision }
  )

// Omit over each member of the union, so `kind` still tells which `row` it is.
type WithoutHaystack<T> = T extends unknown ? Omit<T, 'haystack'> : never

export type SearchIndex = Record<ResultKind, IndexEntry[]>

function join(...texts: (string | null)[]): string {
  let joined = ''
  for (const text of texts) if (text) joined = joined ? `${joined}\n${text}` : text
  return joined
}
const byTitle = (a: IndexEntry, b: IndexEntry) => a.title.localeCompare(b.title)
// ISO dates and times sort as plain strings; localeCompare would cost ~10× more on 10 000 rows.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Folded haystacks by row, kept from one build to the next: `stamp` tells the row is unchanged. */
type Haystacks = Map<string, { stamp: string; haystack: string }>

/**
 * Returns a function that builds the device's search index, reusing the folded text of every row
 * that has not changed since its last build, so a sync or a new check-in costs only its rows.
 */
export function createIndexBuilder(): (source: SearchSource) => SearchIndex {
  let previous: Haystacks = new Map()
  return (source) => {
    const next: Haystacks = new Map()
    const fold = (row: Live, kind: ResultKind, searched: () => string) => {
      const key = `${kind}:${row.id}`
      const stamp = `${row.updated_at}|${row.version ?? ''}`
      const known = previous.get(key)
      const haystack = known?.stamp === stamp ? known.haystack : foldText(searched())
      next.set(key, { stamp, haystack })
      return haystack
    }
    const index = indexRows(source, fold)
    previous = next
    return index
  }
}

/**
 * Builds the device's search index: one folded haystack per row, each group in the order its
 * results are listed. Run it once per change of the data, not per keystroke.
 */
export function buildSearchIndex(source: SearchSource): SearchIndex {
  return createIndexBuilder()(source)
}

type Fold = (row: Live, kind: ResultKind, searched: () => string) => string

function indexRows(source: SearchSource, fold: Fold): SearchIndex {
  const entry = (fields: WithoutHaystack<IndexEntry>, searched: () => string): IndexEntry => ({
    ...fields,
    haystack: fold(fields.row, fields.kind, searched),
  })
  const accounts = source.accounts.filter((a) => !a.deleted_at)
  const names = new Map(accounts.map((a) => [a.id, a.name]))
  const named = <T extends { account_id: string; deleted_at: string | null }>(rows: readonly T[]) =>
    rows.filter((row) => !row.deleted_at && names.has(row.account_id))
  const accountName = (row: { account_id: string }) => names.get(row.account_id) ?? ''
  const visible = named(source.checkins).filter((c) => mayRead(c, source.userId))
  const forumNames = new Map(source.forums.filter((f) => !f.deleted_at).map((f) => [f.id, f.name]))
  // A decision names where it was taken: its forum, else the relationship it belongs to.
  const takenAt = (d: Decision) =>
    (d.forum_id && forumNames.get(d.forum_id)) || (d.account_id && names.get(d.account_id)) || ''
  const openFirst = (a: Item, b: Item) =>
    Number(a.status !== 'open') - Number(b.status !== 'open') ||
    byText(a.due_on ?? '9999', b.due_on ?? '9999')

  return {
    account: accounts
      .map((a) => {
        const fields = { kind: 'account' as const, id: a.id, href: relationshipHref(a.id) }
        const shown = { title: a.name, body: a.short_name ?? '', accountName: '', row: a }
        return entry({ ...fields, ...shown }, () => join(a.name, a.short_name))
      })
      .sort(byTitle),
    contact: named(source.contacts)
      .map((c) => {
        const fields = { kind: 'contact' as const, id: c.id, href: contactsHref(c.account_id) }
        const shown = { title: c.name, body: c.title ?? '', accountName: accountName(c), row: c }
        return entry({ ...fields, ...shown }, () => join(c.name, c.title))
      })
      .sort(byTitle),
    checkin: [...visible]
      .sort((a, b) => byText(b.occurred_at, a.occurred_at))
      .map((c) => {
        const body = join(c.notes, c.start_doing, c.stop_doing, c.continue_doing)
        const fields = { kind: 'checkin' as const, id: c.id, href: checkinDetailHref(c.id) }
        const shown = { title: c.summary ?? '', body, accountName: accountName(c), row: c }
        return entry({ ...fields, ...shown }, () => join(c.summary, body))
      }),
    commitment: named(source.items)
      .sort(openFirst)
      .map((i) => {
        const fields = {
          kind: 'commitment' as const,
          id: i.id,
          href: relationshipHref(i.account_id),
        }
        const shown = { title: i.title, body: i.details ?? '', accountName: accountName(i), row: i }
        return entry({ ...fields, ...shown }, () => join(i.title, i.details))
      }),
    value: named(source.valueItems)
      .map((v) => {
        const fields = { kind: 'value' as const, id: v.id, href: valueItemHref(v.id) }
        const body = join(v.outcome, v.metric)
        const shown = { title: v.title, body, accountName: accountName(v), row: v }
        return entry({ ...fields, ...shown }, () => join(v.title, body))
      })
      .sort(byTitle),
    decision: source.decisions
      .filter((d) => !d.deleted_at)
      .sort((a, b) => byText(b.decided_on ?? '', a.decided_on ?? ''))
      .map((d) => {
        const fields = { kind: 'decision' as const, id: d.id, href: decisionHref(d.id) }
        const shown = { title: d.title, body: d.rationale ?? '', accountName: takenAt(d), row: d }
        return entry({ ...fields, ...shown }, () => join(d.title, d.rationale))
      }),
  }
}
