import { randomUUID } from 'node:crypto'
import postgres from 'postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decisionStatuses, forumPurposes, forumSeatRoles } from '../../api/contract/governance.ts'
import { riskKinds, riskStatuses } from '../../api/contract/risk-register.ts'
import { writableFields } from '../../api/contract/tables.ts'
import { addMember, createAccount, createOrg } from '../support/fixtures.ts'
import { keys, signInDevice, type MutationInput } from '../support/sync-device.ts'
import { createTestApp } from '../support/test-app.ts'
import { databaseTargets, type DatabaseTarget } from '../support/test-databases.ts'

/** An org of every role and a second manager, its agency, vendor and forum, and another org. */
async function openGovernanceScenario(target: DatabaseTarget) {
  const db = await target.open()
  const harness = await createTestApp(db)
  const home = await createOrg(db, 'Governance State', ['admin', 'lead', 'manager', 'viewer'])
  const orgId = home.orgId
  const colleague = await addMember(db, orgId, 'manager', 'colleague')
  const accountId = await createAccount(db, orgId, 'Department of Parks')
  const vendorId = await createAccount(db, orgId, 'Cloudco', 'vendor')
  const other = await createOrg(db, 'Other State', ['manager'])
  const otherAccountId = await createAccount(db, other.orgId, 'Department of Roads')
  const forum = async (owner: string, name: string) => {
    const [row] = await db.query<{ id: string }>(
      `insert into public.forums (org_id, name) values ($1, $2) returning id`,
      [owner, name],
    )
    return row?.id ?? ''
  }
  const forumId = await forum(orgId, 'IT steering')
  const otherForumId = await forum(other.orgId, 'Roads board')
  const upsert = (table: MutationInput['table'], id: string, fields: Record<string, unknown>) =>
    ({ table, op: 'upsert', id, fields }) satisfies MutationInput
  return {
    db,
    home,
    other,
    colleague,
    accountId,
    vendorId,
    forumId,
    otherAccountId,
    otherForumId,
    device: (user: { email: string; password: string } | undefined) => signInDevice(harness, user),
    async row<T>(table: string, id: string) {
      return (await db.query<T>(`select * from public.${table} where id = $1`, [id]))[0]
    },
    forum: (id: string, fields: Record<string, unknown> = {}) =>
      upsert('forums', id, {
        org_id: orgId,
        name: 'Vendor council',
        purpose: 'tactical',
        ...fields,
      }),
    forumMember: (id: string, fields: Record<string, unknown> = {}) =>
      upsert('forum_members', id, {
        org_id: orgId,
        forum_id: forumId,
        account_id: vendorId,
        ...fields,
      }),
    decision: (id: string, fields: Record<string, unknown> = {}) =>
      upsert('decisions', id, {
        org_id: orgId,
        forum_id: forumId,
        title: 'Move permits online',
        status: 'decided',
        decided_on: '2026-11-20',
        ...fields,
      }),
    risk: (id: string, fields: Record<string, unknown> = {}) =>
      upsert('risks', id, {
        org_id: orgId,
        account_id: accountId,
        vendor_account_id: vendorId,
        kind: 'contract',
        title: 'Renewal lapses',
        likelihood: 3,
        impact: 5,
        review_on: '2027-01-31',
        ...fields,
      }),
    checkin: (id: string, fields: Record<string, unknown> = {}) =>
      upsert('checkins', id, {
        org_id: orgId,
        account_id: accountId,
        occurred_at: '2026-11-20T10:00:00.000Z',
        kind: 'forum',
        forum_id: forumId,
        visibility: 'org',
        ...fields,
      }),
  }
}
type GovernanceScenario = Awaited<ReturnType<typeof openGovernanceScenario>>

const rejected = (code: string, message: string) => ({ status: 'rejected', code, message })
const outcomes = (results: { seq: number }[]) => results.map(({ seq: _, ...result }) => result)

describe.each(databaseTargets())('governance and risks on $name', (target) => {
  let g: GovernanceScenario
  beforeAll(async () => {
    g = await openGovernanceScenario(target)
  })
  afterAll(() => g.db.close())

  describe('roles', () => {
    it('refuses a manager’s forum and forum member, created or changed, saying who keeps them', async () => {
      const [forum, member] = [randomUUID(), randomUUID()]
      const [seated] = await g.db.query<{ id: string }>(
        `insert into public.forum_members (org_id, forum_id, account_id) values ($1, $2, $3)
         returning id`,
        [g.home.orgId, g.forumId, g.accountId],
      )
      const seatedId = seated?.id ?? ''
      const manager = await g.device(g.home.users.manager)
      const { results } = await manager.push([
        g.forum(forum),
        { table: 'forums', op: 'upsert', id: g.forumId, baseVersion: 1, fields: { charter: 'X' } },
        { table: 'forums', op: 'delete', id: g.forumId },
        g.forumMember(member),
        { table: 'forum_members', op: 'upsert', id: seatedId, fields: { role: 'chair' } },
        { table: 'forum_members', op: 'delete', id: seatedId },
      ])
      const refusal = (doing: string) =>
        rejected('forbidden', `Only a lead or an admin can ${doing}`)
      expect(outcomes(results)).toEqual([
        refusal('add a forum'),
        refusal('change this forum'),
        refusal('delete this forum'),
        refusal('add a forum member'),
        refusal('change this forum member'),
        refusal('delete this forum member'),
      ])
      expect(await g.row('forums', forum)).toBeUndefined()
      expect(await g.row('forums', g.forumId)).toMatchObject({ charter: null, deleted_at: null })
      expect(await g.row('forum_members', member)).toBeUndefined()
      expect(await g.row('forum_members', seatedId)).toMatchObject({ version: 1, deleted_at: null })
    })

    it.each(['lead', 'admin'] as const)('applies a %s’s forum and forum member', async (role) => {
      const [forum, member] = [randomUUID(), randomUUID()]
      const device = await g.device(g.home.users[role])
      const { results } = await device.push([
        g.forum(forum, { cadence_days: 30 }),
        g.forumMember(member, { forum_id: forum }),
        { table: 'forums', op: 'upsert', id: forum, baseVersion: 1, fields: { charter: 'Ours' } },
        { table: 'forum_members', op: 'upsert', id: member, fields: { role: 'member' } },
      ])
      expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied'])
      expect(await g.row('forums', forum)).toMatchObject({ charter: 'Ours', version: 2 })
      expect(await g.row('forum_members', member)).toMatchObject({ role: 'member', version: 2 })
    })

    it('refuses every forum, decision and risk of a viewer, storing nothing', async () => {
      const ids = [randomUUID(), randomUUID(), randomUUID(), randomUUID()]
      const viewer = await g.device(g.home.users.viewer)
      const { results } = await viewer.push([
        g.forum(ids[0] ?? ''),
        g.forumMember(ids[1] ?? ''),
        g.decision(ids[2] ?? ''),
        g.risk(ids[3] ?? ''),
      ])
      expect(outcomes(results)).toEqual(
        ['forum', 'forum member', 'decision', 'risk'].map((noun) =>
          rejected('forbidden', `You can't change this ${noun}: viewers read only`),
        ),
      )
      for (const [table, id] of [
        ['forums', ids[0]],
        ['forum_members', ids[1]],
        ['decisions', ids[2]],
        ['risks', ids[3]],
      ]) {
        expect(await g.row(table ?? '', id ?? ''), table).toBeUndefined()
      }
    })

    it('applies a manager’s decisions and risks, created, changed and deleted', async () => {
      const [decision, risk] = [randomUUID(), randomUUID()]
      const manager = await g.device(g.home.users.manager)
      const { results } = await manager.push([
        g.decision(decision),
        g.risk(risk),
        { table: 'decisions', op: 'upsert', id: decision, fields: { status: 'reversed' } },
        { table: 'risks', op: 'upsert', id: risk, fields: { status: 'mitigating', impact: 4 } },
        { table: 'risks', op: 'delete', id: risk },
      ])
      expect(results.map((r) => r.status)).toEqual(Array(5).fill('applied'))
      expect(await g.row('decisions', decision)).toMatchObject({ status: 'reversed', version: 2 })
      expect(await g.row('risks', risk)).toMatchObject({
        status: 'mitigating',
        impact: 4,
        deleted_at: expect.any(Date),
      })
    })

    it('refuses another org’s manager a decision or a risk in this org', async () => {
      const outsider = await g.device(g.other.users.manager)
      const [decision, risk] = [randomUUID(), randomUUID()]
      const { results } = await outsider.push([g.decision(decision), g.risk(risk)])
      expect(outcomes(results)).toEqual([
        rejected('forbidden', "You don't have access to this decision"),
        rejected('forbidden', "You don't have access to this risk"),
      ])
      expect(await g.row('decisions', decision)).toBeUndefined()
      expect(await g.row('risks', risk)).toBeUndefined()
    })
  })

  describe('bad input', () => {
    it.each([0, 6, 2.5])('rejects a likelihood or an impact of %s, naming it', async (rating) => {
      const [a, b] = [randomUUID(), randomUUID()]
      const { results } = await (
        await g.device(g.home.users.manager)
      ).push([g.risk(a, { likelihood: rating }), g.risk(b, { impact: rating })])
      expect(outcomes(results)).toEqual([
        rejected('invalid_fields', 'likelihood: must be a whole number from 1 to 5'),
        rejected('invalid_fields', 'impact: must be a whole number from 1 to 5'),
      ])
      expect(await g.row('risks', a)).toBeUndefined()
      expect(await g.row('risks', b)).toBeUndefined()
    })

    it('rejects a risk with no likelihood, saying it is required', async () => {
      const id = randomUUID()
      const { likelihood: _, ...fields } = g.risk(id).fields
      const { results } = await (
        await g.device(g.home.users.manager)
      ).push([{ table: 'risks', op: 'upsert', id, fields }])
      expect(outcomes(results)).toEqual([
        rejected('invalid_fields', 'likelihood: is required for a new risk'),
      ])
    })

    it('rejects an unknown kind or status, listing the ones there are', async () => {
      const ids = [randomUUID(), randomUUID(), randomUUID()]
      const { results } = await (
        await g.device(g.home.users.manager)
      ).push([
        g.risk(ids[0] ?? '', { kind: 'weather' }),
        g.risk(ids[1] ?? '', { status: 'done' }),
        g.decision(ids[2] ?? '', { status: 'agreed' }),
      ])
      const options = (list: readonly string[]) => list.map((v) => `"${v}"`).join('|')
      expect(outcomes(results)).toEqual([
        rejected('invalid_fields', `kind: Invalid option: expected one of ${options(riskKinds)}`),
        rejected(
          'invalid_fields',
          `status: Invalid option: expected one of ${options(riskStatuses)}`,
        ),
        rejected(
          'invalid_fields',
          `status: Invalid option: expected one of ${options(decisionStatuses)}`,
        ),
      ])
      for (const id of ids) expect(await g.row('risks', id)).toBeUndefined()
      expect(await g.row('decisions', ids[2] ?? '')).toBeUndefined()
    })

    it('rejects a decision with no forum, meeting or relationship, asking for one', async () => {
      const [bare, nulls] = [randomUUID(), randomUUID()]
      const { forum_id: _, ...fields } = g.decision(bare).fields
      const { results } = await (
        await g.device(g.home.users.manager)
      ).push([
        { table: 'decisions', op: 'upsert', id: bare, fields },
        g.decision(nulls, { forum_id: null, checkin_id: null, account_id: null }),
      ])
      const ask = rejected(
        'constraint',
        'A decision belongs to a forum, a meeting or a relationship: name one',
      )
      expect(outcomes(results)).toEqual([ask, ask])
      expect(await g.row('decisions', bare)).toBeUndefined()
      expect(await g.row('decisions', nulls)).toBeUndefined()
    })

    it('rejects a decision about another org’s forum or relationship as not in this org', async () => {
      const [forum, account] = [randomUUID(), randomUUID()]
      const { results } = await (
        await g.device(g.home.users.manager)
      ).push([
        g.decision(forum, { forum_id: g.otherForumId }),
        g.decision(account, { forum_id: null, account_id: g.otherAccountId }),
      ])
      expect(outcomes(results)).toEqual([
        rejected(
          'constraint',
          "forum_id: points to something that doesn't exist in this organisation",
        ),
        rejected(
          'constraint',
          "account_id: points to something that doesn't exist in this organisation",
        ),
      ])
      expect(await g.row('decisions', forum)).toBeUndefined()
      expect(await g.row('decisions', account)).toBeUndefined()
    })

    it('tells the author a decision can’t come from their private check-in, and a colleague nothing more than for a missing one', async () => {
      const meeting = randomUUID()
      const author = await g.device(g.home.users.manager)
      await author.push([g.checkin(meeting, { visibility: 'private' })])
      const [mine, theirs, missing] = [randomUUID(), randomUUID(), randomUUID()]
      const byAuthor = await author.push([g.decision(mine, { checkin_id: meeting })])
      const colleague = await g.device(g.colleague)
      const byColleague = await colleague.push([
        g.decision(theirs, { checkin_id: meeting }),
        g.decision(missing, { checkin_id: randomUUID() }),
      ])
      expect(outcomes(byAuthor.results)).toEqual([
        rejected(
          'constraint',
          "checkin_id: a decision is shared with the organisation, so it can't come from a private check-in",
        ),
      ])
      const notHere = rejected(
        'constraint',
        "checkin_id: points to something that doesn't exist in this organisation",
      )
      expect(outcomes(byColleague.results)).toEqual([notHere, notHere])
      for (const id of [mine, theirs, missing]) {
        expect(await g.row('decisions', id)).toBeUndefined()
      }
    })

    it('rejects a risk whose vendor is an agency, naming it', async () => {
      const id = randomUUID()
      const { results } = await (
        await g.device(g.home.users.manager)
      ).push([g.risk(id, { vendor_account_id: g.accountId })])
      expect(outcomes(results)).toEqual([
        rejected('constraint', 'vendor_account_id: Department of Parks is an agency, not a vendor'),
      ])
      expect(await g.row('risks', id)).toBeUndefined()
    })

    it('rejects a risk owned by someone outside the org', async () => {
      const [stranger, outsider, member] = [randomUUID(), randomUUID(), randomUUID()]
      const { results } = await (
        await g.device(g.home.users.manager)
      ).push([
        g.risk(stranger, { owner_user_id: randomUUID() }),
        g.risk(outsider, { owner_user_id: g.other.users.manager?.id }),
        g.risk(member, { owner_user_id: g.home.users.viewer?.id }),
      ])
      const notAMember = rejected(
        'constraint',
        'owner_user_id: that person is not a member of this organisation',
      )
      expect(outcomes(results)).toEqual([notAMember, notAMember, { status: 'applied', version: 1 }])
      expect(await g.row('risks', stranger)).toBeUndefined()
      expect(await g.row('risks', outsider)).toBeUndefined()
    })
  })

  describe('pull', () => {
    it('delivers decisions and risks to every member of the org and to no other org', async () => {
      const [decision, risk] = [randomUUID(), randomUUID()]
      await (await g.device(g.home.users.manager)).push([g.decision(decision), g.risk(risk)])
      const both = (seen: { id: string }[]) =>
        [decision, risk].every((id) => seen.some((c) => c.id === id))
      for (const role of ['admin', 'lead', 'viewer'] as const) {
        const changes = await (await g.device(g.home.users[role])).pullUntil(both)
        expect(changes.find((c) => c.id === decision)?.row, role).toMatchObject({
          title: 'Move permits online',
          decided_on: '2026-11-20',
          status: 'decided',
        })
        expect(changes.find((c) => c.id === risk)?.row, role).toMatchObject({
          likelihood: 3,
          impact: 5,
          review_on: '2027-01-31',
        })
      }
      const outsider = await (await g.device(g.other.users.manager)).pullAll()
      expect(keys(outsider)).not.toContain(`decisions:${decision}`)
      expect(keys(outsider)).not.toContain(`risks:${risk}`)
      expect(outsider.filter((c) => c.table === 'decisions' || c.table === 'risks')).toEqual([])
    })
  })

  // A decision is the org's, and its checkin_id would point everyone at the meeting: while a
  // live decision comes from a check-in, the check-in stays shared. Deleting the decisions frees
  // it to be made private.
  describe('a check-in that decisions come from', () => {
    it('cannot be made private while they stand, and can once they are deleted', async () => {
      const [meeting, decision] = [randomUUID(), randomUUID()]
      const author = await g.device(g.home.users.manager)
      await author.push([
        g.checkin(meeting),
        g.decision(decision, { forum_id: null, checkin_id: meeting }),
      ])
      const refused = await author.push([
        { table: 'checkins', op: 'upsert', id: meeting, fields: { visibility: 'private' } },
      ])
      expect(outcomes(refused.results)).toEqual([
        rejected(
          'constraint',
          "visibility: decisions shared with the organisation come from this check-in, so it can't be made private",
        ),
      ])
      expect(await g.row('checkins', meeting)).toMatchObject({ visibility: 'org', version: 1 })

      const colleague = await g.device(g.colleague)
      const seen = await colleague.pullUntil((all) => all.some((c) => c.id === decision))
      expect(seen.find((c) => c.id === meeting)?.op).toBe('upsert')

      const freed = await author.push([
        { table: 'decisions', op: 'delete', id: decision },
        { table: 'checkins', op: 'upsert', id: meeting, fields: { visibility: 'private' } },
      ])
      expect(freed.results.map((r) => r.status)).toEqual(['applied', 'applied'])
      const gone = await colleague.pullUntil((all) =>
        [meeting, decision].every((id) => all.some((c) => c.id === id && c.op === 'delete')),
      )
      expect(gone.filter((c) => c.id === meeting || c.id === decision).map((c) => c.op)).toEqual([
        'delete',
        'delete',
      ])
    })
  })

  describe('the contract and the SQL', () => {
    const checkList = async (table: string, column: string) => {
      const checks = await g.db.query<{ definition: string }>(
        `select pg_get_constraintdef(c.oid) as definition from pg_constraint c
          where c.conrelid = ('public.' || $1)::regclass and c.contype = 'c'
            and pg_get_constraintdef(c.oid) ~ ('\\m' || $2 || '\\M')`,
        [table, column],
      )
      expect(checks).toHaveLength(1)
      return [...(checks[0]?.definition ?? '').matchAll(/'([^']*)'::text/g)].map((m) => m[1])
    }

    it.each([
      ['risks', 'kind', riskKinds],
      ['risks', 'status', riskStatuses],
      ['decisions', 'status', decisionStatuses],
      ['forums', 'purpose', forumPurposes],
      ['forum_members', 'role', forumSeatRoles],
    ] as const)('lists exactly the contract’s values in the check of %s.%s', async (t, c, list) => {
      expect(await checkList(t, c)).toEqual([...list])
    })

    it.each(['likelihood', 'impact'] as const)(
      'rates %s from 1 to 5 in SQL and in zod alike',
      async (column) => {
        const schema = writableFields.risks.shape[column]
        for (const rating of [0, 1, 5, 6]) {
          const sqlState = await g.db
            .transaction(async (tx) => {
              await tx.query(
                `insert into public.risks (org_id, account_id, title, likelihood, impact)
                 values ($1, $2, 'Probe', $3::text::integer, $3::text::integer)`,
                [g.home.orgId, g.accountId, String(rating)],
              )
              throw new RolledBack()
            })
            .catch((error: unknown) =>
              error instanceof RolledBack ? null : ((error as { code?: string }).code ?? '?'),
            )
          expect(sqlState, `${column} ${rating}`).toBe(
            schema.safeParse(rating).success ? null : '23514',
          )
        }
      },
    )
  })
})

/** Thrown to roll a probe back, so that nothing it inserted stays in a shared database. */
class RolledBack extends Error {}

// PGlite has one connection, so no transaction can stay open beside the API's: real server only.
const server = databaseTargets().find((target) => target.name === 'postgres')

describe.skipIf(!server)('a decision and its check-in made private at once, on PostgreSQL', () => {
  let g: GovernanceScenario
  let raw: postgres.Sql
  beforeAll(async () => {
    if (!server) return
    g = await openGovernanceScenario(server)
    raw = postgres(process.env.DATABASE_URL ?? '', { max: 1, onnotice: () => {} })
  })
  afterAll(async () => {
    await raw?.end({ timeout: 5 })
    await g?.db.close()
  })

  /** Runs `write` on its own connection and holds its transaction open until `commit()`. */
  async function holdOpen(write: (tx: postgres.TransactionSql) => Promise<unknown>) {
    let commit: () => void = () => {}
    const held = new Promise<void>((resolve) => (commit = resolve))
    let written: () => void = () => {}
    const ready = new Promise<void>((resolve) => (written = resolve))
    const done = raw.begin(async (tx) => {
      await write(tx)
      written()
      await held
    })
    await ready
    return {
      async commit() {
        commit()
        await done
      },
    }
  }

  /** Resolves once `pushed` waits on a lock in `table`, or has finished without waiting. */
  async function blockedOrDone(pushed: Promise<unknown>, table: string) {
    let finished = false
    void pushed.finally(() => (finished = true))
    for (let waited = 0; !finished && waited < 10_000; waited += 50) {
      const [blocked] = await g.db.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity
          where wait_event_type = 'Lock' and query like '%' || $1 || '%'`,
        [`public.${table}`],
      )
      if ((blocked?.n ?? 0) > 0) return
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  it('refuses a decision pushed while its check-in is being made private', async () => {
    const meeting = randomUUID()
    await (await g.device(g.home.users.manager)).push([g.checkin(meeting)])
    const privately = await holdOpen(
      (tx) => tx`update public.checkins set visibility = 'private' where id = ${meeting}`,
    )
    const decision = randomUUID()
    const colleague = await g.device(g.colleague)
    const pushed = colleague.push([g.decision(decision, { checkin_id: meeting })])
    await blockedOrDone(pushed, 'decisions')
    await privately.commit()
    const { results } = await pushed
    expect(outcomes(results)).toEqual([
      rejected(
        'constraint',
        "checkin_id: points to something that doesn't exist in this organisation",
      ),
    ])
    expect(await g.row('decisions', decision)).toBeUndefined()
  })

  it('keeps shared a check-in being made private while a decision on it commits', async () => {
    const meeting = randomUUID()
    const author = await g.device(g.home.users.manager)
    await author.push([g.checkin(meeting)])
    const decided = await holdOpen(
      (tx) => tx`insert into public.decisions (org_id, checkin_id, title)
                 values (${g.home.orgId}, ${meeting}, 'Decided meanwhile')`,
    )
    const pushed = author.push([
      { table: 'checkins', op: 'upsert', id: meeting, fields: { visibility: 'private' } },
    ])
    await blockedOrDone(pushed, 'checkins')
    await decided.commit()
    const { results } = await pushed
    expect(results[0]).toMatchObject({ status: 'rejected', code: 'constraint' })
    expect(await g.row('checkins', meeting)).toMatchObject({ visibility: 'org' })
  })
})
