import type { TierCadence } from '../../../api/contract/cadence.ts'
import { mayRead } from '../../../api/contract/privacy.ts'
import type { TrustIndex } from '../../../api/contract/trust-index.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { byDueDate } from '../relationship/due-text.ts'
import { accountTrust, type AccountRows } from '../trust/trust-inputs.ts'

type Item = LocalRow<'action_items'>

/** How far back the briefing looks for someone who has not checked in here yet. */
export const firstVisitLookbackDays = 30
/** Open commitments due within this many days count as "now due". */
export const dueSoonDays = 7
const dayMs = 86_400_000

export interface SinceLastVisitInput {
  account: LocalRow<'accounts'>
  rows: AccountRows
  valueItems: LocalRow<'value_items'>[]
  valueUpdates: LocalRow<'value_updates'>[]
  risks: LocalRow<'risks'>[]
  decisions: LocalRow<'decisions'>[]
  viewerId: string
  now: Date
  /** The org's cadence defaults, for a relationship without a cadence of its own. */
  tierCadence: TierCadence
}

export interface StageChange {
  item: LocalRow<'value_items'>
  update: LocalRow<'value_updates'>
}

export interface TrustMovement {
  then: number
  now: number
  /** Today's reasons that were not reasons at the last visit: what moved it. */
  newReasons: string[]
}

export interface SinceLastVisit {
  /** The viewer's last check-in here; null before their first. */
  lastVisit: LocalRow<'checkins'> | null
  /** The instant the changes are counted from. */
  since: string
  othersCheckins: LocalRow<'checkins'>[]
  completed: Item[]
  overdue: Item[]
  dueSoon: Item[]
  stageChanges: StageChange[]
  newRisks: LocalRow<'risks'>[]
  newDecisions: LocalRow<'decisions'>[]
  trust: TrustMovement
}

const live = <T extends { deleted_at: string | null }>(rows: readonly T[]) =>
  rows.filter((row) => !row.deleted_at)
const newest = (a: { occurred_at: string }, b: { occurred_at: string }) =>
  Date.parse(b.occurred_at) - Date.parse(a.occurred_at)
const localDay = (instant: Date) =>
  `${instant.getFullYear()}-${String(instant.getMonth() + 1).padStart(2, '0')}-${String(instant.getDate()).padStart(2, '0')}`

function trustMovement(input: SinceLastVisitInput, since: Date): TrustMovement {
  const options = { viewerId: input.viewerId, tierCadence: input.tierCadence }
  const then: TrustIndex = accountTrust(input.account, input.rows, since, options)
  const now: TrustIndex = accountTrust(input.account, input.rows, input.now, options)
  return {
    then: then.score,
    now: now.score,
    newReasons: now.reasons.filter((reason) => !then.reasons.includes(reason)),
  }
}

/**
 * What changed in a relationship since the viewer's last check-in with it (or, before their
 * first, over the last 30 days): others' check-ins, commitments completed, overdue and now due,
 * value stage changes, new risks and decisions, and the trust index then and now with the
 * reasons that are new. Private check-ins of others are never counted.
 *
 * @example
 * const since = sinceLastVisit({ account, rows, valueItems, valueUpdates, risks, decisions, viewerId, now })
 * since.trust // { then: 72, now: 65, newReasons: ['2 commitments overdue'] }
 */
export function sinceLastVisit(input: SinceLastVisitInput): SinceLastVisit {
  const { viewerId, now } = input
  const visible = live(input.rows.checkins).filter((row) => mayRead(row, viewerId))
  const lastVisit =
    visible
      .filter((row) => row.author_id === viewerId && Date.parse(row.occurred_at) <= now.getTime())
      .sort(newest)[0] ?? null
  const sinceAt = lastVisit
    ? new Date(lastVisit.occurred_at)
    : new Date(now.getTime() - firstVisitLookbackDays * dayMs)
  const since = sinceAt.toISOString()
  const after = (instant: string | null) =>
    instant !== null && Date.parse(instant) > sinceAt.getTime()

  const items = live(input.rows.items)
  const open = items.filter((item) => item.status === 'open' && item.due_on)
  const today = localDay(now)
  const soon = localDay(new Date(now.getTime() + dueSoonDays * dayMs))

  const itemsById = new Map(live(input.valueItems).map((item) => [item.id, item]))
  const stageChanges = live(input.valueUpdates)
    .filter((update) => update.stage !== null && after(update.created_at))
    .flatMap((update) => {
      const item = itemsById.get(update.value_item_id)
      return item ? [{ item, update }] : []
    })
    .sort((a, b) => a.update.created_at.localeCompare(b.update.created_at))

  return {
    lastVisit,
    since,
    othersCheckins: visible
      .filter((row) => row.author_id !== viewerId && after(row.occurred_at))
      .sort(newest),
    completed: items.filter((item) => item.status === 'done' && after(item.completed_at)),
    overdue: open.filter((item) => (item.due_on ?? '') < today).sort(byDueDate),
    dueSoon: open
      .filter((item) => (item.due_on ?? '') >= today && (item.due_on ?? '') <= soon)
      .sort(byDueDate),
    stageChanges,
    newRisks: live(input.risks).filter((risk) => after(risk.created_at)),
    newDecisions: live(input.decisions).filter((decision) => after(decision.created_at)),
    trust: trustMovement(input, sinceAt),
  }
}
