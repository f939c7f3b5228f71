import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  accountTiers,
  cadenceColumns,
  cadenceDaysRange,
  initialTierCadence,
} from '../../api/contract/cadence.ts'
import { mayAssignCommitment } from '../../api/contract/privacy.ts'
import { memberRoles } from '../../api/contract/roles.ts'
import { scorecardGrade } from '../../api/contract/scorecard-grade.ts'
import { isParentOf } from '../../api/contract/table-parents.ts'
import {
  isServerOwned,
  tableNames,
  writableFields,
  type TableName,
} from '../../api/contract/tables.ts'
import { quarterPattern } from '../../api/contract/quarter.ts'
import {
  maxUnitLength,
  maxValueMagnitude,
  valueDecimals,
  valueStages,
} from '../../api/contract/value-register.ts'
import type { Database } from '../../api/db/database.ts'
import { addMember, createAccount, createOrg } from '../support/fixtures.ts'
import { databaseTargets } from '../support/test-databases.ts'

// The rules written twice, once in api/contract for the devices and once in SQL for the server,
// must say the same thing: these tests read both and fail when one changes alone.

/** Thrown to roll a probe back, so that nothing it inserted stays in a shared database. */
class RolledBack extends Error {}

// A bound on one column, in the same words whether read from a zod schema or a SQL check.
type Bounds = Record<string, string>

interface JsonField {
  type?: string
  enum?: string[]
  format?: string
  pattern?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  maxItems?: number
  anyOf?: JsonField[]
}

/** What zod bounds of each writable field of a table: its choices, length, range or items. */
function zodBounds(table: TableName): Bounds {
  const schema = z.toJSONSchema(writableFields[table], { io: 'input', unrepresentable: 'any' })
  const bounds: Bounds = {}
  for (const [column, field] of Object.entries(schema.properties ?? {}) as [string, JsonField][]) {
    const value = field.anyOf?.find((option) => option.type !== 'null') ?? field
    if (value.enum) bounds[column] = `one of ${value.enum.join(', ')}`
    else if (value.type === 'string' && !value.format && !value.pattern)
      bounds[column] = `length ${value.minLength ?? '-'}..${value.maxLength ?? '-'}`
    else if (value.type === 'integer')
      bounds[column] = `range ${value.minimum ?? '-'}..${value.maximum ?? '-'}`
    else if (value.type === 'number' && value.minimum === -(value.maximum ?? 0))
      bounds[column] = `magnitude ..${value.maximum}`
    else if (value.type === 'array') bounds[column] = `items ..${value.maxItems ?? '-'}`
  }
  return bounds
}

/** The same, read from a table's check constraints as PostgreSQL prints them. */
function sqlBounds(definitions: readonly string[]): Bounds {
  const found: Record<string, { kind: string; min?: string; max?: string; list?: string }> = {}
  const at = (column: string, kind: string) => (found[column] ??= { kind })
  for (const definition of definitions) {
    const choices = /^CHECK \(\((\w+) = ANY \(ARRAY\[(.*)\]\)\)\)$/.exec(definition)
    if (choices?.[1] && choices[2]) {
      const list = [...choices[2].matchAll(/'([^']*)'::text/g)].map((m) => m[1]).join(', ')
      at(choices[1], 'one of').list = list
      continue
    }
    // A function of one column, or a bare column right after a parenthesis: num_nonnulls(a, b)
    // and other checks across columns are not bounds of one field.
    for (const [, fn, inFn, bare, op, n] of definition.matchAll(
      /(?:\b(char_length|cardinality|abs)\((\w+)\)|\((\w+)) (>=|<=) '?(\d+)'?/g,
    )) {
      const column = inFn ?? bare
      if (!column || !n) continue
      const kind =
        { char_length: 'length', cardinality: 'items', abs: 'magnitude' }[fn ?? ''] ?? 'range'
      at(column, kind)[op === '>=' ? 'min' : 'max'] = n
    }
  }
  const bounds: Bounds = {}
  for (const [column, { kind, min, max, list }] of Object.entries(found)) {
    if (kind === 'one of') bounds[column] = `one of ${list}`
    else if (kind === 'items' || kind === 'magnitude') bounds[column] = `${kind} ..${max ?? '-'}`
    else bounds[column] = `${kind} ${min ?? '-'}..${max ?? '-'}`
  }
  return bounds
}

describe.each(databaseTargets())('the contract and the SQL agree on $name', (target) => {
  let db: Database
  let orgId: string
  let accountId: string
  let authorId: string
  let itemId: string

  beforeAll(async () => {
    db = await target.open()
    const org = await createOrg(db, 'Agreement State', ['admin'])
    orgId = org.orgId
    authorId = org.users.admin?.id ?? ''
    accountId = await createAccount(db, orgId, 'Department of Lands')
    const [item] = await db.query<{ id: string }>(
      `insert into public.value_items (org_id, account_id, title) values ($1, $2, 'Portal')
       returning id`,
      [orgId, accountId],
    )
    itemId = item?.id ?? ''
  })
  afterAll(() => db.close())

  /** Null when the statement is accepted (then rolled back), else its SQLSTATE. */
  async function refusal(sql: string, params: unknown[]): Promise<string | null> {
    try {
      await db.transaction(async (tx) => {
        await tx.query(sql, params)
        throw new RolledBack()
      })
    } catch (error) {
      if (error instanceof RolledBack) return null
      return (error as { code?: string }).code ?? 'unknown'
    }
    return null
  }
  const valueItemWith = (column: string, value: string | number) =>
    refusal(
      `insert into public.value_items (org_id, account_id, title, ${column})
       values ($1, $2, 'Probe', $3::text::${column === 'unit' ? 'text' : 'numeric'})`,
      [orgId, accountId, String(value)],
    )
  const valueUpdateWith = (realised: number) =>
    refusal(
      `insert into public.value_updates (org_id, value_item_id, author_id, stage, realised_value)
       values ($1, $2, $3, 'idea', $4::text::numeric)`,
      [orgId, itemId, authorId, String(realised)],
    )

  it('grades every possible scorecard the same way: 6^5 = 7776 of them', async () => {
    const rows = await db.query<{
      o: number | null
      r: number | null
      c: number | null
      i: number | null
      d: number | null
      grade: string | null
    }>(
      `with rating (v) as (select null::integer union all select generate_series(1, 5))
       select o.v as o, r.v as r, c.v as c, i.v as i, d.v as d,
              public.scorecard_grade(o.v, r.v, c.v, i.v, d.v) as grade
         from rating o cross join rating r cross join rating c cross join rating i
        cross join rating d`,
    )
    expect(rows).toHaveLength(7776)
    const disagreements = rows.filter(
      (row) =>
        row.grade !==
        (scorecardGrade({
          outcomes: row.o,
          responsiveness: row.r,
          collaboration: row.c,
          innovation: row.i,
          delivery: row.d,
        })?.grade ?? null),
    )
    expect(disagreements).toEqual([])
  })

  it.each(['baseline_value', 'target_value', 'realised_value'] as const)(
    'bounds value_items.%s at maxValueMagnitude, in SQL and in zod',
    async (column) => {
      const schema = writableFields.value_items.shape[column]
      for (const value of [maxValueMagnitude, -maxValueMagnitude]) {
        expect(await valueItemWith(column, value)).toBeNull()
        expect(schema.safeParse(value).success).toBe(true)
      }
      // The next whole number out, which a double holds exactly at this size.
      for (const value of [maxValueMagnitude + 1, -(maxValueMagnitude + 1)]) {
        expect(await valueItemWith(column, value)).toBe('23514')
        expect(schema.safeParse(value).success).toBe(false)
      }
    },
  )

  it('bounds value_updates.realised_value at maxValueMagnitude, in SQL and in zod', async () => {
    const schema = writableFields.value_updates.shape.realised_value
    expect(await valueUpdateWith(maxValueMagnitude)).toBeNull()
    expect(schema.safeParse(maxValueMagnitude).success).toBe(true)
    expect(await valueUpdateWith(maxValueMagnitude + 1)).toBe('23514')
    expect(schema.safeParse(maxValueMagnitude + 1).success).toBe(false)
  })

  it('keeps valueDecimals decimals of a value, in SQL and in zod', async () => {
    const scales = await db.query<{ table_name: string; column_name: string; scale: number }>(
      `select table_name, column_name, numeric_scale as scale from information_schema.columns
        where table_schema = 'public' and column_name like '%\\_value' and data_type = 'numeric'
        order by 1, 2`,
    )
    expect(scales.map((c) => `${c.table_name}.${c.column_name}:${c.scale}`)).toEqual(
      ['baseline_value', 'realised_value', 'target_value']
        .map((column) => `value_items.${column}:${valueDecimals}`)
        .concat(`value_updates.realised_value:${valueDecimals}`),
    )
    const schema = writableFields.value_items.shape.realised_value
    expect(schema.safeParse(84.125).success).toBe(true)
    expect(schema.safeParse(84.1251).success).toBe(false)
    const [stored] = await db.query<{ value: number }>(
      `select 999999999999.999::numeric(16, 3) as value`,
    )
    expect(stored?.value).toBe(999_999_999_999.999)
  })

  it('bounds a value update’s note as the contract does', async () => {
    const schema = writableFields.value_updates.shape.note
    const note = (text: string) =>
      refusal(
        `insert into public.value_updates (org_id, value_item_id, author_id, note)
         values ($1, $2, $3, $4)`,
        [orgId, itemId, authorId, text],
      )
    const longest = 'n'.repeat(4000)
    expect(schema.safeParse(longest).success).toBe(true)
    expect(await note(longest)).toBeNull()
    expect(schema.safeParse(`${longest}n`).success).toBe(false)
    expect(await note(`${longest}n`)).toBe('23514')
  })

  it('takes the same ratings and quarters as the contract', async () => {
    const vendorId = await createAccount(db, orgId, 'Probe Vendor', 'vendor')
    const card = (column: 'outcomes' | 'period', value: string) =>
      refusal(
        column === 'period'
          ? `insert into public.scorecards (org_id, vendor_account_id, period) values ($1, $2, $3)`
          : `insert into public.scorecards (org_id, vendor_account_id, period, outcomes)
             values ($1, $2, '2020-Q1', $3::text::integer)`,
        [orgId, vendorId, value],
      )
    const rating = writableFields.scorecards.shape.outcomes
    for (const value of [0, 1, 5, 6]) {
      expect(await card('outcomes', String(value)), `rating ${value}`).toBe(
        rating.safeParse(value).success ? null : '23514',
      )
    }
    for (const period of ['2026-Q1', '2026-Q4', '2026-Q0', '2026-Q5', '26-Q1', '2026Q1']) {
      expect(await card('period', period), period).toBe(
        quarterPattern.test(period) ? null : '23514',
      )
    }
  })

  it('bounds a unit at maxUnitLength characters, in SQL and in zod', async () => {
    const schema = writableFields.value_items.shape.unit
    const longest = 'u'.repeat(maxUnitLength)
    expect(await valueItemWith('unit', longest)).toBeNull()
    expect(schema.safeParse(longest).success).toBe(true)
    expect(await valueItemWith('unit', `${longest}u`)).toBe('23514')
    expect(schema.safeParse(`${longest}u`).success).toBe(false)
  })

  it.each(['value_items', 'value_updates'])(
    "lists exactly the contract's valueStages in the stage check of %s",
    async (table) => {
      const checks = await db.query<{ definition: string }>(
        `select pg_get_constraintdef(c.oid) as definition from pg_constraint c
          where c.conrelid = ('public.' || $1)::regclass and c.contype = 'c'
            and pg_get_constraintdef(c.oid) ~ '\\mstage\\M'`,
        [table],
      )
      expect(checks).toHaveLength(1)
      const listed = [...(checks[0]?.definition ?? '').matchAll(/'([^']*)'::text/g)].map(
        (match) => match[1],
      )
      expect(listed).toEqual([...valueStages])
    },
  )

  it.each([...tableNames])(
    'bounds every writable field of %s as its SQL checks do: choices, lengths, ranges',
    async (table) => {
      const checks = await db.query<{ definition: string }>(
        `select pg_get_constraintdef(c.oid) as definition from pg_constraint c
          where c.conrelid = ('public.' || $1)::regclass and c.contype = 'c'`,
        [table],
      )
      const expected = zodBounds(table)
      const inSql = sqlBounds(checks.map((c) => c.definition))
      const written = Object.fromEntries(
        Object.keys(writableFields[table].shape).flatMap((column) =>
          inSql[column] ? [[column, inSql[column]]] : [],
        ),
      )
      expect(written).toEqual(expected)
    },
  )

  it('lists exactly the contract’s memberRoles wherever SQL checks a role', async () => {
    const checks = await db.query<{ definition: string }>(
      `select pg_get_constraintdef(c.oid) as definition from pg_constraint c
        where c.contype = 'c' and c.conrelid in ('public.members'::regclass,
          'public.member_changes'::regclass) and pg_get_constraintdef(c.oid) ~ 'role = ANY'`,
    )
    expect(checks).toHaveLength(3)
    for (const { definition } of checks) {
      expect(Object.values(sqlBounds([definition]))).toEqual([`one of ${memberRoles.join(', ')}`])
    }
  })

  it('has every column of a synced table written by devices or owned by the server, not both', async () => {
    const columns = await db.query<{ table_name: TableName; column_name: string }>(
      `select table_name, column_name from information_schema.columns
        where table_schema = 'public' and table_name = any($1::text[])`,
      [[...tableNames]],
    )
    const unruled = columns
      .filter(({ table_name: table, column_name: column }) => {
        const writable = column in writableFields[table].shape
        return column === 'org_id' ? writable : writable === isServerOwned(table, column)
      })
      .map((c) => `${c.table_name}.${c.column_name}`)
    expect(unruled).toEqual([])
  })

  it('keeps every table of tableNames versioned, logged and behind row-level security', async () => {
    const rows = await db.query<{ name: string; touch: boolean; log: boolean; rls: boolean }>(
      `select t.name,
              exists (select 1 from pg_trigger g where g.tgrelid = c.oid
                        and g.tgname = 'touch_row') as touch,
              exists (select 1 from pg_trigger g where g.tgrelid = c.oid
                        and g.tgname = 'log_change') as log,
              coalesce(c.relrowsecurity, false) as rls
         from unnest($1::text[]) as t (name)
         left join pg_class c on c.oid = to_regclass('public.' || t.name)
        order by t.name`,
      [[...tableNames]],
    )
    const missing = rows.filter((row) => !(row.touch && row.log && row.rls))
    expect(missing).toEqual([])
    expect(rows).toHaveLength(tableNames.length)
  })

  it('names in tableNames every table that logs its changes for pull or versions its rows', async () => {
    const triggered = await db.query<{ trigger: string; name: string }>(
      `select g.tgname as trigger, c.relname as name from pg_trigger g
         join pg_class c on c.oid = g.tgrelid
         join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and g.tgname in ('log_change', 'touch_row')`,
    )
    for (const trigger of ['log_change', 'touch_row']) {
      const tables = triggered.filter((row) => row.trigger === trigger).map((row) => row.name)
      expect(tables.sort(), trigger).toEqual([...tableNames].sort())
    }
  })

  it('assigns a commitment made at a private check-in only to its author, in SQL and in the contract', async () => {
    const colleague = await addMember(db, orgId, 'manager', 'agreement-colleague')
    const checkins = []
    for (const visibility of ['org', 'private'] as const) {
      const [row] = await db.query<{ id: string }>(
        `insert into public.checkins (org_id, account_id, author_id, visibility)
         values ($1, $2, $3, $4) returning id`,
        [orgId, accountId, authorId, visibility],
      )
      checkins.push({ id: row?.id ?? '', visibility, author_id: authorId })
    }
    for (const checkin of [null, ...checkins]) {
      for (const assignee of [null, authorId, colleague.id]) {
        const refused = await refusal(
          `insert into public.action_items (org_id, account_id, checkin_id, title, assignee_user_id)
           values ($1, $2, $3, 'Probe', $4)`,
          [orgId, accountId, checkin?.id ?? null, assignee],
        )
        const label = `${checkin?.visibility ?? 'no check-in'}, assigned to ${assignee ?? 'nobody'}`
        expect(refused, label).toBe(mayAssignCommitment(checkin, assignee) ? null : 'P0001')
      }
    }
  })
  it('lists in tableParents every table a synced table points to with a foreign key', async () => {
    const keys = await db.query<{ child: TableName; parent: TableName }>(
      `select c.relname as child, p.relname as parent
         from pg_constraint k
         join pg_class c on c.oid = k.conrelid
         join pg_class p on p.oid = k.confrelid
        where k.contype = 'f' and c.relname = any($1::text[]) and p.relname = any($1::text[])
          and p.relnamespace = 'public'::regnamespace`,
      [tableNames],
    )
    expect(keys.length).toBeGreaterThan(20)
    for (const { child, parent } of keys) {
      expect(isParentOf(parent, child), `${child} → ${parent}`).toBe(true)
    }
  })

  it('starts an org with initialTierCadence and bounds its defaults as the contract does', async () => {
    const defaults = await db.query<{ column_name: string; column_default: string }>(
      `select column_name, column_default from information_schema.columns
        where table_schema = 'public' and table_name = 'orgs' and column_name like 'cadence\\_%'`,
    )
    const expected = accountTiers.map((tier) => [cadenceColumns[tier], initialTierCadence[tier]])
    expect(
      defaults.map((c) => [c.column_name, Number(c.column_default)]).sort(),
      'orgs cadence defaults',
    ).toEqual(expected.sort())
    const schema = writableFields.orgs.shape.cadence_core_days
    const setDefault = (days: number) =>
      refusal('update public.orgs set cadence_core_days = $2 where id = $1', [orgId, days])
    for (const days of [
      cadenceDaysRange.min - 1,
      cadenceDaysRange.min,
      cadenceDaysRange.max,
      cadenceDaysRange.max + 1,
    ]) {
      const allowed = schema.safeParse(days).success
      expect(await setDefault(days), `${days} days`).toBe(allowed ? null : '23514')
    }
  })

  it('fills a new relationship’s cadence from its org’s default for its tier', async () => {
    const org = await createOrg(db, 'Cadence State', ['admin'])
    await db.query(
      `update public.orgs set cadence_strategic_days = 9, cadence_core_days = 19,
              cadence_transactional_days = 99 where id = $1`,
      [org.orgId],
    )
    for (const [tier, days] of [
      ['strategic', 9],
      ['core', 19],
      ['transactional', 99],
    ] as const) {
      const [row] = await db.query<{ cadence_days: number }>(
        `insert into public.accounts (org_id, kind, name, tier) values ($1, 'agency', $2, $2)
         returning cadence_days`,
        [org.orgId, tier],
      )
      expect(row?.cadence_days, tier).toBe(days)
    }
  })
})
