import type { PortfolioAccount } from '../contract/portfolio.ts'
import {
  trustLookBackDays,
  utcDay,
  type TrustActionItem,
  type TrustCheckin,
  type TrustContact,
} from '../contract/trust-index.ts'
import type { Queryable } from '../db/database.ts'

export interface PortfolioAccountRow {
  id: string
  name: string
  kind: PortfolioAccount['kind']
  tier: PortfolioAccount['tier']
  cadence_days: number
}

/** Everything the portfolio is computed from, as the trust index takes it. */
export interface PortfolioRows {
  accounts: PortfolioAccountRow[]
  checkins: TrustCheckin[]
  items: TrustActionItem[]
  contacts: TrustContact[]
}

type CheckinRow = Omit<TrustCheckin, 'occurred_at' | 'deleted_at'> & { occurred_at: Date }
type ItemRow = Omit<TrustActionItem, 'completed_at' | 'deleted_at'> & { completed_at: Date | null }

// The rows of active, live accounts only; RLS (the caller runs as the user) decides the rest,
// a private check-in included: only its author sees it.
const liveAccount = `join public.accounts a on a.id = r.account_id and a.org_id = r.org_id
  where a.status = 'active' and a.deleted_at is null and r.deleted_at is null`

// How far back the trust index looks, its trend included. Older rows matter only as the
// latest check-in (days since contact) or as open commitments.
const horizonDays = trustLookBackDays
const dayMs = 86_400_000

/**
 * Reads the four tables the portfolio needs in four set-based queries, whatever the number of
 * accounts, and only the rows the trust index can count as of `asOf`, so the cost does not grow
 * with years of history: check-ins of the horizon plus each account's latest before it, open
 * commitments and kept ones due within the horizon.
 *
 * @example
 * const rows = await asUser(db, claims, (tx) => readPortfolioRows(tx, asOf), { isolation: 'repeatable read' })
 */
export async function readPortfolioRows(tx: Queryable, asOf: Date): Promise<PortfolioRows> {
  const horizon = new Date(asOf.getTime() - horizonDays * dayMs)
  const accounts = await tx.query<PortfolioAccountRow>(
    `select id, name, kind, tier, cadence_days from public.accounts
      where status = 'active' and deleted_at is null`,
  )
  const checkins = await tx.query<CheckinRow>(
    `select r.account_id, r.author_id, r.occurred_at, r.trust_pulse, r.attendee_contact_ids,
            r.strategic_invite, r.visibility
       from public.checkins r ${liveAccount} and r.occurred_at <= $1
        and (r.occurred_at > $2 or r.id in (
          select distinct on (o.account_id) o.id from public.checkins o
           where o.deleted_at is null and o.occurred_at <= $2
           order by o.account_id, o.occurred_at desc))`,
    [asOf.toISOString(), horizon.toISOString()],
  )
  const items = await tx.query<ItemRow>(
    `select r.account_id, r.owner_side, r.status, r.due_on, r.completed_at
       from public.action_items r ${liveAccount}
        and (r.status = 'open' or (r.status = 'done' and r.due_on >= $1::date))`,
    [utcDay(horizon)],
  )
  const contacts = await tx.query<Omit<TrustContact, 'deleted_at'>>(
    `select r.id, r.account_id from public.contacts r ${liveAccount}`,
  )
  return {
    accounts,
    // Every row read is live; timestamps travel as ISO strings, as on the device.
    checkins: checkins.map((c) => ({
      ...c,
      occurred_at: c.occurred_at.toISOString(),
      deleted_at: null,
    })),
    items: items.map((i) => ({
      ...i,
      completed_at: i.completed_at?.toISOString() ?? null,
      deleted_at: null,
    })),
    contacts: contacts.map((c) => ({ ...c, deleted_at: null })),
  }
}
