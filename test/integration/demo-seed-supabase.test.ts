import { readFileSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database, Queryable } from '../../api/db/database.ts'
import { seedDemo } from '../../api/demo/demo-seed.ts'
import { migrate } from '../../api/db/migrate.ts'

/** What a Supabase project has beyond our bootstrap: pgcrypto in `extensions`, GoTrue's columns. */
const supabaseAuthExtras = `
  create schema if not exists extensions;
  create extension if not exists pgcrypto with schema extensions;
  alter table auth.users
    add column confirmation_token varchar(255), add column recovery_token varchar(255),
    add column email_change_token_new varchar(255), add column email_change varchar(255);
  create table auth.identities (
    provider_id text not null,
    user_id uuid not null references auth.users (id) on delete cascade,
    identity_data jsonb not null,
    provider text not null,
    last_sign_in_at timestamptz,
    created_at timestamptz,
    updated_at timestamptz,
    email text generated always as (lower(identity_data ->> 'email')) stored,
    id uuid primary key default gen_random_uuid(),
    unique (provider_id, provider)
  );`

/** A migrated in-memory PGlite with what Supabase adds; openDatabase cannot load pgcrypto. */
async function supabaseShaped(): Promise<Database> {
  const pg = new PGlite({ extensions: { pgcrypto } })
  const direct = (target: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    query: async <T>(text: string, params: readonly unknown[] = []) =>
      (await target.query<T>(text, [...params])).rows,
    exec: async (script: string) => void (await target.exec(script)),
  })
  const db: Database = {
    kind: 'pglite',
    ...direct(pg),
    transaction: (work) => pg.transaction((tx) => work(direct(tx))),
    close: () => pg.close(),
  }
  await migrate(db, { bootstrap: true })
  await db.exec(supabaseAuthExtras)
  return db
}

/** Each demo user's bcrypt hash matches liaison-demo, and it has exactly one email identity. */
async function supabaseSignIns(db: Database) {
  return db.query<{ email: string; ok: boolean; identities: number }>(
    `select u.email,
       u.encrypted_password = extensions.crypt('liaison-demo', u.encrypted_password) as ok,
       (select count(*)::int from auth.identities i where i.user_id = u.id
          and i.provider = 'email' and i.provider_id = u.id::text and i.email = u.email) as identities
     from auth.users u where u.confirmation_token = '' and u.email_confirmed_at is not null`,
  )
}

describe('the demo on a Supabase-shaped database', () => {
  let db: Database

  beforeAll(async () => {
    db = await supabaseShaped()
    await db.exec(readFileSync(new URL('../../supabase/seed.sql', import.meta.url), 'utf8'))
  })
  afterAll(() => db.close())

  it('seed.sql creates users GoTrue can sign in with liaison-demo, each with an email identity', async () => {
    const rows = await supabaseSignIns(db)
    expect(rows).toHaveLength(6)
    for (const row of rows) expect(row).toMatchObject({ ok: true, identities: 1 })
  })

  it('seed.sql loads every table with dates relative to now', async () => {
    const [counts] = await db.query<Record<string, number>>(
      `select (select count(*)::int from public.accounts) as accounts,
         (select count(*)::int from public.checkins) as checkins,
         (select count(*)::int from public.action_items) as action_items,
         (select count(*)::int from public.scorecards) as scorecards,
         (select count(*)::int from public.value_updates) as value_updates,
         (select count(*)::int from public.decisions) as decisions,
         (select count(*)::int from public.risks) as risks,
         (select count(*)::int from public.checkins where occurred_at >= now() - interval '1 day'
            or occurred_at < now() - case when kind = 'forum' then interval '366 days'
              else interval '181 days' end) as out_of_range,
         (select count(*)::int from public.value_updates
            where created_at >= date_trunc('day', now(), 'UTC')
              or created_at < now() - interval '300 days') as history_out_of_range`,
    )
    expect(counts).toMatchObject({ accounts: 23, out_of_range: 0, history_out_of_range: 0 })
    expect(counts?.value_updates).toBeGreaterThan(60)
    expect(counts?.checkins).toBeGreaterThan(55)
    expect(counts?.action_items).toBeGreaterThan(35)
    const [due] = await db.query<{ overdue: number }>(
      `select count(*)::int as overdue from public.action_items
       where owner_side = 'us' and status = 'open' and due_on < (now() at time zone 'UTC')::date`,
    )
    expect(due?.overdue).toBeGreaterThanOrEqual(3)
    expect(counts?.decisions).toBeGreaterThan(20)
    expect(counts?.risks).toBeGreaterThanOrEqual(15)
    // Each decision on its meeting's day, and risk reviews on both sides of today.
    const [days] = await db.query<Record<string, number>>(
      `select
         (select count(*)::int from public.decisions d join public.checkins c on c.id = d.checkin_id
           where d.decided_on <> (c.occurred_at at time zone 'UTC')::date) as astray,
         (select count(*)::int from public.risks where status <> 'closed'
           and review_on < (now() at time zone 'UTC')::date) as overdue,
         (select count(*)::int from public.risks
           where review_on > (now() at time zone 'UTC')::date) as ahead`,
    )
    expect(days?.astray).toBe(0)
    expect(days?.overdue).toBeGreaterThanOrEqual(4)
    expect(days?.ahead).toBeGreaterThanOrEqual(4)
    // The last four finished quarters before today's, whatever day the seed is loaded.
    const periods = await db.query<{ behind: number }>(
      `select distinct (extract(year from now() at time zone 'UTC') * 4
           + extract(quarter from now() at time zone 'UTC') - 1)::int
           - (left(period, 4)::int * 4 + right(period, 1)::int - 1) as behind
       from public.scorecards order by behind desc`,
    )
    expect(periods.map((p) => p.behind)).toEqual([4, 3, 2, 1])
  })

  it("gives seedDemo's Supabase mode the same sign-ins", async () => {
    const other = await supabaseShaped()
    try {
      expect(await seedDemo(other, { auth: 'supabase' })).toEqual({ seeded: true })
      const rows = await supabaseSignIns(other)
      expect(rows).toHaveLength(6)
      for (const row of rows) expect(row).toMatchObject({ ok: true, identities: 1 })
    } finally {
      await other.close()
    }
  })
})
