import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { portfolioResponse, type PortfolioAccount } from '../../api/contract/portfolio.ts'
import type { Database } from '../../api/db/database.ts'
import { createAccount, createOrg, createUser } from '../support/fixtures.ts'
import { createTestApp } from '../support/test-app.ts'
import { databaseTargets } from '../support/test-databases.ts'

// Every expectation below is worked out by hand from PRODUCT.md's formula at this instant.
const asOf = '2026-06-01T12:00:00.000Z'
const monthLater = '2026-07-01T12:00:00.000Z'
interface CheckinFixture {
  daysAgo: number
  pulse?: number
  invite?: boolean
  attendees?: string[]
  private?: boolean
}
interface More {
  completedAt?: string
  deletedAt?: string
}
const daysBefore = (days: number) => new Date(Date.parse(asOf) - days * 86_400_000).toISOString()

describe.each(databaseTargets())('GET /api/portfolio on $name', (target) => {
  let db: Database
  let harness: Awaited<ReturnType<typeof createTestApp>>
  let home: Awaited<ReturnType<typeof createOrg>>
  let neighbour: Awaited<ReturnType<typeof createOrg>>
  let otherManager: Awaited<ReturnType<typeof createUser>>
  const ids = { alpha: '', bravo: '', charlie: '', delta: '', archived: '', deleted: '' }
  let neighbourAccount = ''

  const checkin = (accountId: string, authorId: string | undefined, c: CheckinFixture) =>
    db.query(
      `insert into public.checkins (org_id, account_id, author_id, occurred_at, trust_pulse,
         strategic_invite, attendee_contact_ids, visibility)
       select org_id, id, $2, $3, $4, $5, $6::uuid[], $7 from public.accounts where id = $1`,
      [
        accountId,
        authorId,
        daysBefore(c.daysAgo),
        c.pulse ?? null,
        c.invite ?? false,
        `{${(c.attendees ?? []).join(',')}}`,
        c.private ? 'private' : 'org',
      ],
    )
  const item = (accountId: string, side: string, status: string, due: string, more: More = {}) =>
    db.query(
      `insert into public.action_items (org_id, account_id, title, owner_side, status, due_on,
         completed_at, deleted_at)
       values ($1, $2, 'Do the thing', $3, $4, $5, $6, $7)`,
      [home.orgId, accountId, side, status, due, more.completedAt ?? null, more.deletedAt ?? null],
    )

  beforeAll(async () => {
    db = await target.open()
    harness = await createTestApp(db)
    home = await createOrg(db, 'Portfolio Home')
    neighbour = await createOrg(db, 'Portfolio Neighbour', ['manager'])
    otherManager = await createUser(db, 'manager-two')
    await db.query(
      `insert into public.members (org_id, user_id, role, email) values ($1, $2, 'manager', $3)`,
      [home.orgId, otherManager.id, otherManager.email],
    )
    const manager = home.users.manager?.id
    for (const key of Object.keys(ids) as (keyof typeof ids)[]) {
      ids[key] = await createAccount(db, home.orgId, `${key[0]?.toUpperCase()}${key.slice(1)} Dept`)
    }
    await db.query(`update public.accounts set status = 'archived' where id = $1`, [ids.archived])
    await db.query(`update public.accounts set deleted_at = now() where id = $1`, [ids.deleted])
    neighbourAccount = await createAccount(db, neighbour.orgId, 'Neighbour Dept')

    // Alpha: one contact, met 10 days ago with pulse 5 and a strategic invite.
    const contact = randomUUID()
    await db.query(
      `insert into public.contacts (id, org_id, account_id, name) values ($1, $2, $3, 'Ann')`,
      [contact, home.orgId, ids.alpha],
    )
    await checkin(ids.alpha, manager, { daysAgo: 10, pulse: 5, invite: true, attendees: [contact] })
    await item(ids.alpha, 'us', 'open', '2026-06-20')
    await item(ids.alpha, 'them', 'open', '2026-05-01')
    await item(ids.alpha, 'vendor', 'open', '2026-05-01')
    await item(ids.alpha, 'them', 'open', '2026-05-01', { deletedAt: daysBefore(1) })
    await item(ids.alpha, 'us', 'dropped', '2026-05-01')
    // Charlie: met 40 days ago (pulse 3); two of ours overdue, one kept within its two days.
    await checkin(ids.charlie, manager, { daysAgo: 40, pulse: 3 })
    await item(ids.charlie, 'us', 'open', '2026-05-20')
    await item(ids.charlie, 'us', 'open', '2026-05-31')
    await item(ids.charlie, 'us', 'done', '2026-05-10', { completedAt: '2026-05-11T10:00:00Z' })
    // Delta: only a private check-in of the manager, 5 days ago, pulse 4.
    await checkin(ids.delta, manager, { daysAgo: 5, pulse: 4, private: true })
    // Bravo has nothing. The neighbour's account is well looked after, and never ours.
    await checkin(neighbourAccount, neighbour.users.manager?.id, { daysAgo: 1, pulse: 5 })
  })
  afterAll(() => db.close())

  const tokens = new Map<string, Promise<string>>()
  /** Headers for `user`, signed in once per suite: each sign-in runs scrypt. */
  const headersOf = async (user: { email: string; password: string } | undefined) => {
    if (!user) throw new Error('no such user')
    if (!tokens.has(user.email)) {
      tokens.set(
        user.email,
        harness.signIn(user.email, user.password).then((session) => session.access_token),
      )
    }
    return { authorization: `Bearer ${await tokens.get(user.email)}` }
  }
  const portfolio = async (
    user: { email: string; password: string } | undefined,
    query = `?asOf=${asOf}`,
  ) => {
    const res = await harness.app.request(`/api/portfolio${query}`, {
      headers: await headersOf(user),
    })
    expect(res.status).toBe(200)
    return portfolioResponse.parse(await res.json())
  }
  const byName = (accounts: PortfolioAccount[]) => new Map(accounts.map((a) => [a.name, a]))

  it('scores each relationship exactly as the formula says, most in need of attention first', async () => {
    const { accounts, asOf: at } = await portfolio(home.users.manager)
    expect(at).toBe(asOf)
    expect(accounts.map((a) => a.name)).toEqual([
      'Charlie Dept',
      'Bravo Dept',
      'Delta Dept',
      'Alpha Dept',
    ])
    const found = byName(accounts)
    // 30 × 1 + 25 × 0.5 + 20 × 1 + 10 × 1 + 15 × 1 = 87.5 → 88; 30 days earlier nothing: 28.
    expect(found.get('Alpha Dept')).toEqual({
      id: ids.alpha,
      name: 'Alpha Dept',
      kind: 'agency',
      tier: 'core',
      trust: {
        score: 88,
        band: 'strong',
        components: { pulse: 1, follow_through: 0.5, cadence: 1, breadth: 1, strategic_seat: 1 },
        reasons: [],
        trend: 60,
      },
      overdueCount: 0,
      daysSinceContact: 10,
      openCommitments: { us: 1, them: 1, vendor: 1 },
    })
    // Only the neutral defaults: 30 × 0.5 + 25 × 0.5 = 27.5 → 28.
    expect(found.get('Bravo Dept')).toMatchObject({
      trust: {
        score: 28,
        band: 'at_risk',
        components: { pulse: 0.5, follow_through: 0.5, cadence: 0, breadth: 0, strategic_seat: 0 },
        reasons: [
          'No check-in recorded yet',
          'No trust reading in 6 months',
          'Not invited to strategic planning in 6 months',
          'No stakeholders recorded',
        ],
        trend: 0,
      },
      overdueCount: 0,
      daysSinceContact: null,
      openCommitments: { us: 0, them: 0, vendor: 0 },
    })
    // 30 × 0.5 + 25 × 1/3 + 20 × (1 − 10/60) = 40, minus 2 × 5 overdue = 30; a month ago 47.5 → 48.
    const charlie = found.get('Charlie Dept')
    expect(charlie).toMatchObject({
      trust: { score: 30, band: 'at_risk', trend: -18 },
      overdueCount: 2,
      daysSinceContact: 40,
      openCommitments: { us: 2, them: 0, vendor: 0 },
    })
    expect(charlie?.trust.components.follow_through).toBeCloseTo(1 / 3, 12)
    expect(charlie?.trust.components.cadence).toBeCloseTo(5 / 6, 12)
    expect(charlie?.trust.reasons).toEqual([
      '1 of 3 commitments kept on time',
      'Not invited to strategic planning in 6 months',
      '2 overdue commitments',
      'No stakeholders recorded',
    ])
  })

  it('computes the numbers as of the instant asked for', async () => {
    const found = byName((await portfolio(home.users.manager, `?asOf=${monthLater}`)).accounts)
    // Alpha, 40 days on: 30 + 25 × 0 + 20 × 5/6 + 10 + 15 = 71.67 → 72, minus 5 for the now
    // overdue commitment of ours = 67; trend against the 88 of a month before.
    expect(found.get('Alpha Dept')).toMatchObject({
      trust: { score: 67, band: 'steady', trend: -21 },
      overdueCount: 1,
      daysSinceContact: 40,
    })
    expect(found.get('Alpha Dept')?.trust.components.follow_through).toBe(0)
    // Charlie, 70 days on: 15 + 25/3 + 20 × 1/3 = 30, minus 10 = 20.
    expect(found.get('Charlie Dept')).toMatchObject({
      trust: { score: 20, band: 'at_risk', trend: -10 },
      daysSinceContact: 70,
    })
    expect(found.get('Bravo Dept')?.trust.score).toBe(28)
  })

  it('still knows the last contact and open commitments a year on, past every window', async () => {
    const found = byName(
      (await portfolio(home.users.manager, '?asOf=2027-06-01T12:00:00Z')).accounts,
    )
    // Only the neutral 27.5 → 28 is left, less 5 per overdue commitment of ours.
    expect(found.get('Alpha Dept')).toMatchObject({
      trust: { score: 23, trend: 0 },
      overdueCount: 1,
      daysSinceContact: 375,
      openCommitments: { us: 1, them: 1, vendor: 1 },
    })
    expect(found.get('Alpha Dept')?.trust.reasons).toContain('No contact for 375 days (target 30)')
    expect(found.get('Charlie Dept')).toMatchObject({
      trust: { score: 18 },
      overdueCount: 2,
      daysSinceContact: 405,
    })
    expect(found.get('Delta Dept')?.daysSinceContact).toBe(370)
  })

  it('reads asOf with any time zone, or a bare day as its midnight UTC', async () => {
    const shifted = await portfolio(home.users.manager, '?asOf=2026-06-01T22:00:00%2B10:00')
    const exact = await portfolio(home.users.manager)
    expect(shifted).toEqual(exact)
    const day = await portfolio(home.users.manager, '?asOf=2026-06-01')
    expect(day.asOf).toBe('2026-06-01T00:00:00.000Z')
    expect(byName(day.accounts).get('Alpha Dept')?.daysSinceContact).toBe(9)
  })

  it('defaults asOf to now', async () => {
    const before = Date.now()
    const { asOf: at } = await portfolio(home.users.manager, '')
    expect(Date.parse(at)).toBeGreaterThanOrEqual(before)
    expect(Date.parse(at)).toBeLessThanOrEqual(Date.now())
  })

  it("counts a private check-in only in its author's numbers", async () => {
    const author = byName((await portfolio(home.users.manager)).accounts).get('Delta Dept')
    // 30 × 0.75 + 12.5 + 20 = 55, a month before 28.
    expect(author).toMatchObject({
      trust: { score: 55, band: 'steady', trend: 27 },
      daysSinceContact: 5,
    })
    for (const user of [otherManager, home.users.viewer]) {
      const { accounts } = await portfolio(user)
      expect(byName(accounts).get('Delta Dept')).toMatchObject({
        trust: { score: 28, band: 'at_risk', trend: 0 },
        daysSinceContact: null,
      })
      // Bravo and Delta now tie on band, overdue and (never met) cadence: the name decides.
      expect(accounts.map((a) => a.name)).toEqual([
        'Charlie Dept',
        'Bravo Dept',
        'Delta Dept',
        'Alpha Dept',
      ])
      expect(byName(accounts).get('Alpha Dept')?.trust.score).toBe(88)
    }
  })

  it("counts a commitment made at a private check-in only in its author's numbers", async () => {
    const [made] = await db.query<{ id: string }>(
      `insert into public.action_items (org_id, account_id, checkin_id, title, owner_side, due_on)
       select c.org_id, c.account_id, c.id, 'Quiet word with HR', 'us', '2026-05-20'
         from public.checkins c where c.account_id = $1 returning id`,
      [ids.delta],
    )
    try {
      const author = byName((await portfolio(home.users.manager)).accounts).get('Delta Dept')
      expect(author).toMatchObject({ overdueCount: 1, openCommitments: { us: 1 } })
      for (const user of [otherManager, home.users.viewer, home.users.admin]) {
        const delta = byName((await portfolio(user)).accounts).get('Delta Dept')
        expect(delta).toMatchObject({
          overdueCount: 0,
          openCommitments: { us: 0 },
          trust: { score: 28 },
        })
      }
    } finally {
      await db.query('delete from public.action_items where id = $1', [made?.id])
    }
  })

  it("never shows another org's relationships, nor archived or deleted ones", async () => {
    const mine = (await portfolio(home.users.admin)).accounts.map((a) => a.id)
    expect(mine.sort()).toEqual([ids.alpha, ids.bravo, ids.charlie, ids.delta].sort())
    const theirs = await portfolio(neighbour.users.manager)
    expect(theirs.accounts.map((a) => a.id)).toEqual([neighbourAccount])
  })

  it('answers 401 without a token', async () => {
    const res = await harness.app.request(`/api/portfolio?asOf=${asOf}`)
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ error: expect.any(String) })
  })

  it('takes asOf on the first and the last day of the calendar range', async () => {
    for (const day of ['1900-01-01', '9999-12-31']) {
      expect((await portfolio(home.users.manager, `?asOf=${day}`)).asOf).toBe(
        `${day}T00:00:00.000Z`,
      )
    }
  })

  // Postgres has no year 0, and a year past 9999 is written +010000 by JavaScript: both were 500s.
  it.each([
    'yesterday',
    '2026-06-01T12:00:00',
    '2026-13-01',
    '',
    '0000-01-01',
    '0001-01-01T00:00:00Z',
    '1899-12-31',
    '9999-12-31T23:00:00-12:00',
  ])('answers 400 naming asOf for asOf=%s', async (value) => {
    const res = await harness.app.request(`/api/portfolio?asOf=${value}`, {
      headers: await headersOf(home.users.manager),
    })
    expect(res.status).toBe(400)
    const body = (await res.json()) as { error: string; message: string }
    expect(body.error).toBe('bad_request')
    expect(body.message).toMatch(/^asOf: /)
  })
})
